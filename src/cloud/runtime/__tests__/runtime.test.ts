import * as v from 'valibot'

import { createDatabase } from '../../db/database'
import { COLLECTIONS, type Collections } from '../../db/schema'
import { createMemoryStorage } from '../../db/storage'
import { defineAction, type Action } from '../action'
import { CloudError } from '../errors'
import { createRuntime } from '../runtime'
import { setupCloud } from '../../__tests__/harness'

function setupRuntime() {
  const storage = createMemoryStorage()
  const db = createDatabase<Collections>(storage, COLLECTIONS)
  db.open(0)
  const writeThen = (fail: () => never) =>
    defineAction({
      input: v.object({ title: v.pipe(v.string(), v.minLength(2)) }),
      async handler({ db: tx, now }, { title }) {
        await tx.insert('streets', { _id: 's1', name: title, order: now() })
        return fail()
      },
    })
  const functions: Record<string, Record<string, Action<unknown, unknown>>> = {
    demo: {
      crash: writeThen(() => {
        throw new TypeError('unexpected')
      }),
      refuse: writeThen(() => {
        throw new CloudError('CONFLICT', '已经处理过了')
      }),
      circular: defineAction({
        input: v.object({}),
        async handler({ db: tx }) {
          await tx.insert('streets', { _id: 's1', name: '金城', order: 1 })
          const answer: { self?: unknown } = {}
          answer.self = answer
          return answer
        },
      }),
      whoami: defineAction({
        input: v.object({}),
        handler: async ({ openid, requestID }) => ({ openid, requestID }),
      }),
    },
  }
  const callFunction = createRuntime({ db, now: () => 42, functions })
  return { db, storage, callFunction }
}

test('should answer UNKNOWN_ACTION for an unknown function, action or a missing action', async () => {
  const { callFunction } = setupRuntime()

  const answers = await Promise.all([
    callFunction({ name: 'nope', data: { action: 'crash' } }, { openid: 'u1' }),
    callFunction({ name: 'toString', data: { action: 'call' } }, { openid: 'u1' }),
    callFunction({ name: 'demo', data: { action: 'nope' } }, { openid: 'u1' }),
    callFunction({ name: 'demo', data: { action: 'constructor' } }, { openid: 'u1' }),
    callFunction({ name: 'demo' }, { openid: 'u1' }),
  ])

  for (const { result } of answers) {
    expect(result).toEqual({ ok: false, error: { code: 'UNKNOWN_ACTION', message: expect.any(String) } })
  }
})

test('should resolve the wx.cloud.callFunction shape with a fresh requestID each call', async () => {
  const { callFunction } = setupRuntime()

  const first = await callFunction(
    { name: 'demo', data: { action: 'whoami', openid: 'forged' } },
    { openid: 'u1' },
  )
  const second = await callFunction({ name: 'demo', data: { action: 'whoami' } }, { openid: 'u1' })

  expect(first).toEqual({
    result: { ok: true, data: { openid: 'u1', requestID: first.requestID } },
    errMsg: 'cloud.callFunction:ok',
    requestID: expect.any(String),
  })
  expect(second.requestID).not.toBe(first.requestID)
})

test('should answer INTERNAL and keep the state unchanged when a handler throws unexpectedly', async () => {
  const { callFunction, db, storage } = setupRuntime()

  const { result } = await callFunction(
    { name: 'demo', data: { action: 'crash', title: '金城' } },
    { openid: 'u1' },
  )

  expect(result).toEqual({ ok: false, error: { code: 'INTERNAL', message: '系统开小差了，请稍后再试' } })
  expect(await db.get('streets', 's1')).toBeNull()
  expect(storage.keys()).toEqual([])
})

test('should answer INTERNAL and keep the state unchanged when the answer cannot be serialised', async () => {
  const { callFunction, db, storage } = setupRuntime()

  const { result } = await callFunction({ name: 'demo', data: { action: 'circular' } }, { openid: 'u1' })

  expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } })
  expect(await db.get('streets', 's1')).toBeNull()
  expect(storage.keys()).toEqual([])
})

test('should answer a CloudError with its code and message and roll back its writes', async () => {
  const { callFunction, db } = setupRuntime()

  const { result } = await callFunction(
    { name: 'demo', data: { action: 'refuse', title: '金城' } },
    { openid: 'u1' },
  )

  expect(result).toEqual({ ok: false, error: { code: 'CONFLICT', message: '已经处理过了' } })
  expect(await db.get('streets', 's1')).toBeNull()
})

test('should answer INVALID_ARGUMENT before running the handler', async () => {
  const { callFunction, storage } = setupRuntime()

  const { result } = await callFunction(
    { name: 'demo', data: { action: 'crash', title: 7 } },
    { openid: 'u1' },
  )

  expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } })
  expect(result.ok === false && result.error.message).toMatch(/title/)
  expect(storage.keys()).toEqual([])
})

test('should refuse a caller without an openid', async () => {
  const { callFunction } = setupRuntime()

  const { result } = await callFunction({ name: 'demo', data: { action: 'whoami' } }, { openid: '' })

  expect(result).toMatchObject({ ok: false, error: { code: 'PERMISSION_DENIED' } })
})

test('should take identity from the caller, never from data', async () => {
  const { call } = setupCloud()

  const result = await call('demo-resident-b', 'user', 'login', { openid: 'demo-resident-a' })

  expect(result).toMatchObject({ ok: true, data: { openid: 'demo-resident-b' } })
})

/** An idempotent action that counts its runs and fails (keeping its writes) while `failing` is set. */
function setupIdempotent() {
  const storage = createMemoryStorage()
  const db = createDatabase<Collections>(storage, COLLECTIONS)
  db.open(0)
  const state = { runs: 0, failing: true }
  const counted = defineAction({
    input: v.object({ title: v.string(), requestId: v.string() }),
    idempotent: true,
    async handler({ db: tx, now }, { title }) {
      state.runs += 1
      await tx.set('streets', { _id: `s${state.runs}`, name: title, order: now() })
      if (state.failing) throw new CloudError('EXPIRED', '已过期', true)
      return { run: state.runs }
    },
  })
  const callFunction = createRuntime({ db, now: () => 42, functions: { demo: { counted } } })
  const send = (openid: string, title: string, requestId: string) =>
    callFunction({ name: 'demo', data: { action: 'counted', title, requestId } }, { openid })
  return { db, state, send }
}

test('should record nothing for a failure that keeps its writes, run the retry, then answer it without running', async () => {
  const { db, state, send } = setupIdempotent()

  const failed = await send('u1', '金城', 'request-0001')
  state.failing = false
  const retried = await send('u1', '金城', 'request-0001')
  const replayed = await send('u1', '金城', 'request-0001')
  const renamed = await send('u1', '济阳', 'request-0001')
  const otherCaller = await send('u2', '金城', 'request-0001')

  expect(failed.result).toMatchObject({ ok: false, error: { code: 'EXPIRED' } })
  expect((await db.query('streets')).map((s) => s._id)).toEqual(['s1', 's2', 's3'])
  expect(retried.result).toEqual({ ok: true, data: { run: 2 } })
  expect(replayed.result).toEqual({ ok: true, data: { run: 2 } })
  expect(renamed.result).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } })
  expect(otherCaller.result).toEqual({ ok: true, data: { run: 3 } })
  expect(state.runs).toBe(3)
})
