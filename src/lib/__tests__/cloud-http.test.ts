import Taro from '@tarojs/taro'
import { call, CloudCallError, setCloud, syncDemoClock, resetCloud } from '../cloud'
import {
  createHttpCloud,
  NETWORK_MESSAGE,
  NETWORK_WRITE_MESSAGE,
  SESSION_MESSAGE,
  TOO_LARGE_MESSAGE,
  type HttpCloudOptions,
} from '../cloud-http'
import { switchIdentity } from '../demo'

const mockStore = new Map<string, string>()
jest.mock('@tarojs/taro', () => ({
  __esModule: true,
  default: {
    request: jest.fn(),
    login: jest.fn(),
    showToast: jest.fn(),
    getStorageSync: (k: string) => mockStore.get(k) ?? '',
    setStorageSync: (k: string, v: string) => void mockStore.set(k, v),
    removeStorageSync: (k: string) => void mockStore.delete(k),
    getStorageInfoSync: () => ({ keys: [...mockStore.keys()], limitSize: 10240, currentSize: 1 }),
  },
}))

interface Sent {
  url: string
  data: Record<string, unknown>
  auth: string | undefined
}
type Reply = { statusCode: number; data: unknown } | 'offline'

const request = jest.mocked(Taro.request)
const toast = jest.mocked(Taro.showToast)
const BASE = 'http://127.0.0.1:8787'
let sent: Sent[]

/** A scripted server: `route` answers each request; 'offline' makes Taro.request reject as it does without a network. */
function serve(route: (req: Sent, n: number) => Reply) {
  sent = []
  request.mockImplementation(((opts: Taro.request.Option) => {
    const header = (opts.header ?? {}) as Record<string, string>
    const req: Sent = {
      url: opts.url.slice(BASE.length),
      data: opts.data as Record<string, unknown>,
      auth: header.Authorization,
    }
    sent.push(req)
    const reply = route(req, sent.filter((s) => s.url === req.url).length)
    if (reply === 'offline') return Promise.reject({ errMsg: 'request:fail' })
    return Promise.resolve({ ...reply, header: {}, errMsg: 'request:ok' })
  }) as unknown as typeof Taro.request)
}

const ok = (data: unknown): Reply => ({
  statusCode: 200,
  data: { result: { ok: true, data }, errMsg: 'cloud.callFunction:ok', requestID: 'x' },
})
const businessError = (code: string, message: string): Reply => ({
  statusCode: 200,
  data: { result: { ok: false, error: { code, message } }, errMsg: 'cloud.callFunction:ok', requestID: 'x' },
})
let tokens = 0
const session = (): Reply => ({ statusCode: 200, data: { token: `t${++tokens}` } })
const calls = () => sent.filter((s) => s.url === '/api/call')
const sessions = () => sent.filter((s) => s.url.startsWith('/api/session/'))

function useHttp(options: Partial<HttpCloudOptions> = {}) {
  setCloud(createHttpCloud({ baseUrl: `${BASE}/`, session: 'demo', retryDelayMs: 0, ...options }))
}

beforeEach(() => {
  mockStore.clear()
  tokens = 0
  toast.mockReset()
  request.mockReset()
  jest.mocked(Taro.login).mockReset()
  switchIdentity('demo-resident-a')
  useHttp()
})
afterAll(() => setCloud(null))

describe('server transport (lib/cloud-http.ts behind lib/cloud.ts)', () => {
  it('posts { name, data } to /api/call with a demo session token, reused by the next call', async () => {
    serve((req) => (req.url === '/api/session/demo' ? session() : ok({ available: 120, held: 0 })))
    await expect(call('points', 'balance', {})).resolves.toEqual({ available: 120, held: 0 })
    await call('points', 'balance', {})
    expect(sessions()).toEqual([
      { url: '/api/session/demo', data: { openid: 'demo-resident-a' }, auth: undefined },
    ])
    expect(calls()).toHaveLength(2)
    expect(calls()[0]).toEqual({
      url: '/api/call',
      data: { name: 'points', data: { action: 'balance' } },
      auth: 'Bearer t1',
    })
    expect(toast).not.toHaveBeenCalled()
  })

  it('a business error is the same typed CloudCallError and toast as with the embedded cloud', async () => {
    serve((req) => (req.url === '/api/session/demo' ? session() : businessError('CONFLICT', '该订单已核销')))
    const err = await call('shop', 'confirm', { code: '12345678' }).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(CloudCallError)
    expect(err).toMatchObject({ code: 'CONFLICT', message: '该订单已核销' })
    expect(toast).toHaveBeenCalledWith(expect.objectContaining({ title: '该订单已核销' }))
    toast.mockReset()
    await expect(
      call('shop', 'confirm', { code: '12345678' }, { expected: ['CONFLICT'] }),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
    })
    expect(toast).not.toHaveBeenCalled()
    expect(calls()).toHaveLength(2) // a business answer is never sent again
  })

  it('a refused token (401) gets one new session and the call is sent once more', async () => {
    serve((req, n) => {
      if (req.url === '/api/session/demo') return session()
      return req.auth === 'Bearer t1' ? { statusCode: 401, data: { error: 'expired' } } : ok({ n })
    })
    await expect(call('points', 'balance', {})).resolves.toEqual({ n: 2 })
    expect(sessions()).toHaveLength(2)
    expect(calls().map((c) => c.auth)).toEqual(['Bearer t1', 'Bearer t2'])
    await call('points', 'balance', {}) // the new token is kept
    expect(sessions()).toHaveLength(2)
    expect(calls()[2].auth).toBe('Bearer t2')
  })

  it('a second 401 in a row is a login failure, not a loop', async () => {
    serve((req) => (req.url === '/api/session/demo' ? session() : { statusCode: 401, data: {} }))
    await expect(call('points', 'balance', {})).rejects.toMatchObject({
      code: 'INTERNAL',
      message: SESSION_MESSAGE,
    })
    expect(calls()).toHaveLength(2)
    expect(sessions()).toHaveLength(2)
  })

  it('a read is sent once more after a network failure, then says the network failed', async () => {
    serve((req, n) => (req.url === '/api/session/demo' ? session() : n === 1 ? 'offline' : ok({ unread: 3 })))
    await expect(call('messages', 'unreadCount', {})).resolves.toEqual({ unread: 3 })
    expect(calls()).toHaveLength(2)

    serve((req) => (req.url === '/api/session/demo' ? session() : 'offline'))
    const err = await call('messages', 'unreadCount', {}).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(CloudCallError)
    expect(err).toMatchObject({ code: 'INTERNAL', message: NETWORK_MESSAGE })
    expect(toast).toHaveBeenCalledWith(expect.objectContaining({ title: NETWORK_MESSAGE }))
    expect(calls()).toHaveLength(2)
  })

  it('a server behind a proxy that answers 502/503/504 counts as unreachable', async () => {
    serve((req, n) =>
      req.url === '/api/session/demo' ? session() : n === 1 ? { statusCode: 503, data: null } : ok([]),
    )
    await expect(call('shop', 'listShops', {})).resolves.toEqual([])
    expect(calls()).toHaveLength(2)
  })

  it('a write with its requestId is sent again with the same requestId, so the server acts once', async () => {
    serve((req, n) =>
      req.url === '/api/session/demo' ? session() : n === 1 ? 'offline' : ok({ orderId: 'o1' }),
    )
    const input = { shopId: 's1', goodsId: 'g1', quantity: 1, requestId: 'r-attempt-000001' }
    await expect(call('shop', 'redeem', input)).resolves.toEqual({ orderId: 'o1' })
    expect(calls()).toHaveLength(2)
    expect(calls().map((c) => (c.data.data as { requestId: string }).requestId)).toEqual([
      'r-attempt-000001',
      'r-attempt-000001',
    ])
  })

  it('a write without a requestId is never sent twice: it says the outcome is unknown', async () => {
    serve((req) => (req.url === '/api/session/demo' ? session() : 'offline'))
    await expect(call('volunteer', 'signUp', { activityId: 'a1' })).rejects.toMatchObject({
      code: 'INTERNAL',
      message: NETWORK_WRITE_MESSAGE,
    })
    expect(calls()).toHaveLength(1)
  })

  it('no network for the session either: the same clear message', async () => {
    serve(() => 'offline')
    await expect(call('points', 'balance', {})).rejects.toMatchObject({ message: NETWORK_MESSAGE })
    expect(sessions()).toHaveLength(2)
    expect(calls()).toHaveLength(0)
  })

  it('an oversized body (413) is INVALID_ARGUMENT with a reason people understand', async () => {
    serve((req) => (req.url === '/api/session/demo' ? session() : { statusCode: 413, data: {} }))
    const report = {
      category: 'c',
      description: '楼道灯坏了很久了',
      photos: ['x'],
      requestId: 'r-report-0000001',
    }
    await expect(call('grid', 'report', report as never)).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
      message: TOO_LARGE_MESSAGE,
    })
  })

  it('concurrent calls wait for one session; switching demo identity opens a session for the new openid', async () => {
    serve((req) => (req.url === '/api/session/demo' ? session() : ok(null)))
    await Promise.all([
      call('points', 'balance', {}),
      call('messages', 'unreadCount', {}),
      call('shop', 'listShops', {}),
    ])
    expect(sessions()).toHaveLength(1)
    switchIdentity('demo-clerk')
    await call('shop', 'clerkSummary', {})
    expect(sessions().map((s) => s.data)).toEqual([{ openid: 'demo-resident-a' }, { openid: 'demo-clerk' }])
    expect(calls().at(-1)?.auth).toBe('Bearer t2')
  })

  it('without demo tools, in the weapp: Taro.login’s code goes to /api/session/wechat', async () => {
    const env = process.env.TARO_ENV
    process.env.TARO_ENV = 'weapp'
    try {
      useHttp({ session: 'wechat' })
      jest.mocked(Taro.login).mockResolvedValue({ code: 'wx-code-1', errMsg: 'login:ok' })
      serve((req) => (req.url === '/api/session/wechat' ? session() : ok({ roles: ['resident'] })))
      await call('user', 'login', {})
      expect(sessions()).toEqual([
        { url: '/api/session/wechat', data: { code: 'wx-code-1' }, auth: undefined },
      ])
      expect(calls()[0].auth).toBe('Bearer t1')
    } finally {
      process.env.TARO_ENV = env
    }
  })

  it('the 演示工具 move the server’s clock and reset its data; a failure shows a toast', async () => {
    serve((req) => (req.url === '/api/session/demo' ? session() : { statusCode: 200, data: { ok: true } }))
    await expect(syncDemoClock(3_600_000)).resolves.toBe(true)
    await resetCloud()
    expect(sent.map((s) => [s.url, s.data])).toEqual([
      ['/api/demo/clock', { offsetMs: 3_600_000 }],
      ['/api/demo/reset', {}],
    ])
    serve(() => 'offline')
    await expect(syncDemoClock(0)).resolves.toBe(false)
    await expect(resetCloud()).rejects.toMatchObject({ message: NETWORK_MESSAGE })
    expect(toast).toHaveBeenCalledTimes(2)
  })
})

describe('without TARO_APP_CLOUD_URL (CLOUD_URL is empty)', () => {
  it('lib/cloud.ts requires the embedded mock cloud and sends nothing over the network', async () => {
    setCloud(null)
    const page = await call('news', 'list', {})
    expect(page.items.length).toBeGreaterThan(0)
    expect(request).not.toHaveBeenCalled()
    await expect(syncDemoClock(3_600_000)).resolves.toBe(true)
    expect(request).not.toHaveBeenCalled()
  })
})
