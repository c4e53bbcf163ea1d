import type { CallFunctionResult, Envelope } from '../../contract/envelope'
import type { CloudDb } from '../db/schema'
import { PersistError } from '../db/persistence'
import type { Action } from './action'
import { CloudError } from './errors'
import { createIdempotency, type Idempotency } from './idempotency'
import { defaultRandom, type RandomBytes } from './random'
import { parseInput } from './validate'

export interface CallRequest {
  name: string
  data?: { action: string; [key: string]: unknown }
}

export interface RuntimeOptions {
  db: CloudDb
  now: () => number
  functions: Record<string, Record<string, Action<unknown, unknown>>>
  /** Awaited before every call (the cloud's start-up); a failure answers INTERNAL. */
  ready?: () => Promise<void>
  random?: RandomBytes
}

const own = (map: object, key: unknown): key is string =>
  typeof key === 'string' && Object.prototype.hasOwnProperty.call(map, key)

function failure(error: unknown): Envelope<never> {
  if (error instanceof CloudError) return { ok: false, error: { code: error.code, message: error.message } }
  const message = error instanceof PersistError ? error.message : new CloudError('INTERNAL').message
  return { ok: false, error: { code: 'INTERNAL', message } }
}

/**
 * The `wx.cloud.callFunction` shim: picks the function and action, validates `data`, runs the
 * handler in one transaction (so any throw leaves the state unchanged) and never rejects. An
 * action declared `idempotent` runs through `once` inside that transaction: a repeat of its
 * `requestId` by the same caller answers the first successful output.
 */
export function createRuntime({ db, now, functions, ready, random = defaultRandom }: RuntimeOptions) {
  const tag = Array.from(random(3), (b) => b.toString(16).padStart(2, '0')).join('')
  let calls = 0
  const idempotent = createIdempotency()

  async function dispatch(req: CallRequest, caller: { openid: string }, requestID: string): Promise<unknown> {
    const fn = own(functions, req?.name) ? functions[req.name] : undefined
    if (!fn) throw new CloudError('UNKNOWN_ACTION', `没有名为「${String(req?.name)}」的云函数`)
    const actionName = req.data?.action
    if (!own(fn, actionName))
      throw new CloudError('UNKNOWN_ACTION', `「${req.name}」不支持「${String(actionName)}」操作`)
    const action = fn[actionName]
    const openid = caller?.openid
    if (typeof openid !== 'string' || openid.length === 0) {
      throw new CloudError('PERMISSION_DENIED', '无法确认你的身份，请重新进入小程序')
    }
    await ready?.()
    const input = parseInput(action.input, req.data)
    const outcome = await db.transaction(async (tx) => {
      const at = now()
      const run = async (): Promise<unknown> => {
        const output = await action.handler(
          { openid, now: () => at, db: tx, requestID, random, space: db.usage },
          input,
        )
        return output === undefined ? null : JSON.parse(JSON.stringify(output))
      }
      const rule = action.idempotent as true | Idempotency<unknown> | undefined
      try {
        if (!rule) return { output: await run() }
        const requestId = (input as { requestId: string }).requestId
        const call = { caller: openid, action: `${req.name}.${actionName}`, requestId, input, at }
        return { output: await idempotent(tx, call, rule, run) }
      } catch (error) {
        if (error instanceof CloudError && error.keepWrites) return { error }
        throw error
      }
    })
    if ('error' in outcome) throw outcome.error
    return outcome.output
  }

  return async function callFunction(
    req: CallRequest,
    caller: { openid: string },
  ): Promise<CallFunctionResult<unknown>> {
    calls += 1
    const requestID = `${tag}-${calls.toString(36)}`
    let result: Envelope<unknown>
    try {
      result = { ok: true, data: await dispatch(req, caller, requestID) }
    } catch (error) {
      result = failure(error)
    }
    return { result, errMsg: 'cloud.callFunction:ok', requestID }
  }
}
