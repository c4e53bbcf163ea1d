import Taro from '@tarojs/taro'
import type { ActionName, FunctionName } from '@/contract/api'
import type { CallFunctionResult } from '@/contract/envelope'
import { DEFAULT_MESSAGES, isErrorCode, type ErrorCode } from '@/contract/errors'
import { readLocal, writeLocal } from './storage'

export const NETWORK_MESSAGE = '网络连接失败，请检查网络后重试'
export const NETWORK_WRITE_MESSAGE = '网络连接失败，操作可能没有完成，请检查网络后刷新查看'
export const SESSION_MESSAGE = '登录失败，请稍后再试'
export const TOO_LARGE_MESSAGE = '提交的内容太大（照片过多或过大），请删减后重试'
export const RATE_LIMITED_MESSAGE = '操作太频繁，请稍后再试'
export const NO_WECHAT_MESSAGE = '请在微信小程序中打开'

const SESSION_KEY = 'linli-app:session'

/**
 * Actions that change nothing (or, like `user.login`, create the caller's record once): after a
 * network failure they are sent again. Other writes are sent again only when they carry a
 * `requestId`, which the cloud answers with the first result instead of acting twice.
 */
const READS: { [F in FunctionName]?: readonly ActionName<F>[] } = {
  user: ['login', 'communities', 'storage'],
  news: ['list', 'detail'],
  points: ['balance', 'ledger'],
  volunteer: ['list', 'detail', 'mine', 'roster', 'verifyCertificate'],
  grid: ['categories', 'mine', 'detail', 'queue'],
  shop: ['listShops', 'listGoods', 'myOrders', 'order', 'lookup', 'clerkSummary'],
  events: ['list', 'detail', 'shuttles', 'mine'],
  messages: ['list', 'unreadCount'],
  council: ['categories', 'list', 'similar', 'detail', 'board'],
  // `monthly`, `board` and `history` store a month's result on its first read: the same every time
  property: ['estates', 'companies', 'myScore', 'monthly', 'board', 'history', 'accounts'],
}

export interface CallRequest {
  name: string
  data?: { action: string; [k: string]: unknown }
}

export function safeToResend(req: CallRequest): boolean {
  const action = req.data?.action ?? ''
  if (typeof req.data?.requestId === 'string') return true
  const reads = READS[req.name as FunctionName] as readonly string[] | undefined
  return reads?.includes(action) ?? false
}

export interface HttpCloudOptions {
  /** The server's origin, e.g. `https://linli.example.cn` (no trailing slash needed). */
  baseUrl: string
  /**
   * `demo`: sessions come from `POST /api/session/demo { openid }` for the caller the app names
   * (the 演示工具's identity); `wechat`: from `Taro.login` → `POST /api/session/wechat { code }`.
   */
  session: 'demo' | 'wechat'
  /** Pause before sending a read (or a write with its requestId) again; default 600 ms. */
  retryDelayMs?: number
  /** Per request; default 15 s. */
  timeoutMs?: number
}

export interface HttpCloud {
  /** Same shape and promise as the embedded cloud's: never rejects, failures are `ok: false`. */
  callFunction(req: CallRequest, caller: { openid: string }): Promise<CallFunctionResult<unknown>>
  /** Demo mode: `POST /api/demo/reset`. Rejects with a Chinese message on failure. */
  reset(): Promise<void>
  /** Demo mode: the server's clock runs at real time plus `offsetMs` (`POST /api/demo/clock`). */
  setClock(offsetMs: number): Promise<void>
}

/** A failure before the cloud answered; `offline` when the server was not reached at all. */
class Failure extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly offline = false,
  ) {
    super(message)
  }
}

interface Response {
  statusCode: number
  data: unknown
}

interface StoredSession {
  who: string
  token: string
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null

function isCallResult(v: unknown): v is CallFunctionResult<unknown> {
  if (!isObject(v) || !isObject(v.result)) return false
  const r = v.result
  if (r.ok === true) return 'data' in r
  return r.ok === false && isObject(r.error) && isErrorCode(r.error.code)
}

const failed = (code: ErrorCode, message: string, requestID = ''): CallFunctionResult<unknown> => ({
  result: { ok: false, error: { code, message } },
  errMsg: 'cloud.callFunction:fail',
  requestID,
})

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

/** The cloud on the server: `POST {baseUrl}/api/call` with a Bearer session token kept in Taro storage. */
export function createHttpCloud(options: HttpCloudOptions): HttpCloud {
  const base = options.baseUrl.replace(/\/+$/, '')
  const retryDelayMs = options.retryDelayMs ?? 600
  const timeout = options.timeoutMs ?? 15_000
  let pending: { who: string; token: Promise<string> } | null = null

  async function post(path: string, body: unknown, token?: string): Promise<Response> {
    let res: Response
    try {
      const header: Record<string, string> = { 'Content-Type': 'application/json' }
      if (token) header.Authorization = `Bearer ${token}`
      res = await Taro.request({
        url: base + path,
        method: 'POST',
        data: body,
        header,
        timeout,
        dataType: 'json',
      })
    } catch {
      throw new Failure('INTERNAL', NETWORK_MESSAGE, true)
    }
    // A proxy in front of a server that is restarting or down: as good as unreachable.
    if (res.statusCode === 502 || res.statusCode === 503 || res.statusCode === 504)
      throw new Failure('INTERNAL', NETWORK_MESSAGE, true)
    return res
  }

  function stored(): StoredSession | null {
    const raw = readLocal(SESSION_KEY)
    if (!raw) return null
    try {
      const s = JSON.parse(raw) as Partial<StoredSession>
      return typeof s.who === 'string' && typeof s.token === 'string' ? { who: s.who, token: s.token } : null
    } catch {
      return null
    }
  }

  async function open(who: string, openid: string): Promise<string> {
    let res: Response
    if (options.session === 'demo') {
      res = await post('/api/session/demo', { openid })
    } else {
      if (process.env.TARO_ENV !== 'weapp') throw new Failure('INTERNAL', NO_WECHAT_MESSAGE)
      let code: string
      try {
        code = (await Taro.login()).code
      } catch {
        throw new Failure('INTERNAL', SESSION_MESSAGE)
      }
      res = await post('/api/session/wechat', { code })
    }
    const token = res.statusCode === 200 && isObject(res.data) ? res.data.token : null
    if (typeof token !== 'string' || !token) throw new Failure('INTERNAL', SESSION_MESSAGE)
    writeLocal(SESSION_KEY, JSON.stringify({ who, token } satisfies StoredSession))
    return token
  }

  /**
   * The stored token for this caller (unless it is the one just refused), or a new session: one
   * request however many calls wait for it.
   */
  function session(openid: string, refused?: string): Promise<string> {
    const who = options.session === 'demo' ? openid : 'wechat'
    const kept = stored()
    if (kept?.who === who && kept.token !== refused) return Promise.resolve(kept.token)
    if (pending?.who === who) return pending.token
    const token = open(who, openid)
    const mine = { who, token }
    pending = mine
    const clear = () => {
      if (pending === mine) pending = null
    }
    token.then(clear, clear)
    return token
  }

  function forget(token: string): void {
    if (stored()?.token === token) writeLocal(SESSION_KEY, null)
  }

  /** One try; a refused token (401) gets one new session and the call once more. */
  async function send(req: CallRequest, openid: string): Promise<CallFunctionResult<unknown>> {
    let token = await session(openid)
    let res = await post('/api/call', req, token)
    if (res.statusCode === 401) {
      forget(token)
      token = await session(openid, token)
      res = await post('/api/call', req, token)
    }
    if (res.statusCode === 200 && isCallResult(res.data)) return res.data
    if (res.statusCode === 401) throw new Failure('INTERNAL', SESSION_MESSAGE)
    if (res.statusCode === 413) throw new Failure('INVALID_ARGUMENT', TOO_LARGE_MESSAGE)
    if (res.statusCode === 429) throw new Failure('INTERNAL', RATE_LIMITED_MESSAGE)
    throw new Failure('INTERNAL', DEFAULT_MESSAGES.INTERNAL)
  }

  async function callFunction(
    req: CallRequest,
    caller: { openid: string },
  ): Promise<CallFunctionResult<unknown>> {
    const resend = safeToResend(req)
    try {
      try {
        return await send(req, caller.openid)
      } catch (err) {
        if (!(err instanceof Failure && err.offline && resend)) throw err
        await sleep(retryDelayMs)
        return await send(req, caller.openid)
      }
    } catch (err) {
      if (!(err instanceof Failure)) return failed('INTERNAL', DEFAULT_MESSAGES.INTERNAL)
      return failed(err.code, err.offline && !resend ? NETWORK_WRITE_MESSAGE : err.message)
    }
  }

  /** A demo route: the session token goes along when there is one; failures reject with a message. */
  async function demo(path: string, body: unknown): Promise<void> {
    let res: Response
    try {
      res = await post(path, body, stored()?.token)
    } catch (err) {
      throw new Error(err instanceof Failure ? err.message : DEFAULT_MESSAGES.INTERNAL)
    }
    if (res.statusCode < 200 || res.statusCode >= 300) throw new Error(DEFAULT_MESSAGES.INTERNAL)
  }

  return {
    callFunction,
    reset: () => demo('/api/demo/reset', {}),
    setClock: (offsetMs) => demo('/api/demo/clock', { offsetMs }),
  }
}
