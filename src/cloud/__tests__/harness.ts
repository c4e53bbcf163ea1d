import type { ActionInput, ActionName, ActionOutput, FunctionName } from '../../contract/api'
import type { Envelope } from '../../contract/envelope'
import { createMemoryStorage, assembleCloud, type KeyValueStorage, type MemoryStorage } from '../index'
import type { CloudDb } from '../db/schema'
import type { RandomBytes } from '../runtime/random'

export const START = Date.UTC(2026, 6, 20, 1, 30)

export function dump(storage: MemoryStorage): Record<string, string> {
  return Object.fromEntries(
    storage
      .keys()
      .sort()
      .map((key) => [key, storage.getItem(key) ?? '']),
  )
}

/**
 * When the suite runs on PostgreSQL (CLOUD_STORE=pg): a database per `storage` (fresh for a new
 * one; the same data for a cloud set up over another's storage). Set by
 * server/__tests__/support/pg-cloud.ts, which jest loads for that run only.
 */
const externalDatabase = (storage: MemoryStorage): CloudDb | undefined =>
  (globalThis as { linliTestDatabase?: (storage: object) => CloudDb }).linliTestDatabase?.(storage)

/**
 * A cloud over memory storage (or, on the PostgreSQL run, a database) with a movable clock, and
 * typed helpers to call it. Given a `backing` storage, a test is about the on-device store and
 * keeps it on either run.
 */
export function setupCloud(
  options: { storage?: MemoryStorage; seed?: boolean; backing?: KeyValueStorage; random?: RandomBytes } = {},
) {
  const storage = options.storage ?? createMemoryStorage()
  const clock = { now: START }
  const { cloud, db, ready } = assembleCloud({
    database: options.backing ? undefined : externalDatabase(storage),
    storage: options.backing ?? storage,
    now: () => clock.now,
    seed: options.seed,
    random: options.random,
  })

  async function call(openid: string, name: string, action: string, data: Record<string, unknown> = {}) {
    const { result } = await cloud.callFunction({ name, data: { ...data, action } }, { openid })
    return result
  }

  async function ok<F extends FunctionName, A extends ActionName<F>>(
    openid: string,
    name: F,
    action: A,
    data?: ActionInput<F, A>,
  ): Promise<ActionOutput<F, A>> {
    const result = (await call(openid, name, action, data ?? {})) as Envelope<ActionOutput<F, A>>
    if (!result.ok) throw new Error(`${name}.${action}: ${result.error.code} ${result.error.message}`)
    return result.data
  }

  return { cloud, db, ready, storage, clock, call, ok, snapshot: () => dump(storage) }
}

/** Every stored key of a collection (its chunks, or its documents kept apart), in key order. */
export function storedKeys(storage: MemoryStorage, name: string): string[] {
  const prefix = `linli:v2:${name}:`
  return storage
    .keys()
    .filter((key) => key.startsWith(prefix) && !key.endsWith(':index'))
    .sort()
}

/** The stored text of a collection: its keys' values joined, to look for what must (not) be kept. */
export function storedText(storage: MemoryStorage, name: string): string {
  return storedKeys(storage, name)
    .map((key) => storage.getItem(key) ?? '')
    .join('\n')
}

/** The stored documents of a collection, read back from its chunks. */
export function storedDocs(storage: MemoryStorage, name: string): Record<string, unknown>[] {
  return storedKeys(storage, name).flatMap((key) => {
    const value: unknown = JSON.parse(storage.getItem(key) ?? '[]')
    return (Array.isArray(value) ? value : [value]) as Record<string, unknown>[]
  })
}

/** How many stored documents holding `marker` `fn` reads: each document read is one `JSON.parse` of it. */
export async function parsesOf(marker: string, fn: () => Promise<unknown>): Promise<number> {
  let parsed = 0
  const parse = JSON.parse
  const spy = jest.spyOn(JSON, 'parse').mockImplementation((text, reviver) => {
    if (typeof text === 'string' && text.includes(marker)) parsed += 1
    return parse(text, reviver)
  })
  try {
    await fn()
  } finally {
    spy.mockRestore()
  }
  return parsed
}
