import type { CallFunctionResult } from '../contract/envelope'
import { createDatabase } from './db/database'
import {
  APART_COLLECTIONS,
  COLLECTIONS,
  INDEX_SPECS,
  INDEXED,
  type CloudDb,
  type Collections,
} from './db/schema'
import { createMemoryStorage, type KeyValueStorage } from './db/storage'
import { cloudFunctions } from './functions/registry'
import { defaultRandom, type RandomBytes } from './runtime/random'
import { createRuntime, type CallRequest, type RuntimeOptions } from './runtime/runtime'
import { seedDistrict, seedPartCount } from './seed/seed'

export { createMemoryStorage }
export type { KeyValueStorage }
export type { MemoryStorage } from './db/storage'

export interface MockCloudOptions {
  /** Default: in memory. The app passes a Taro-storage adapter. */
  storage?: KeyValueStorage
  /** Epoch ms; default `Date.now`. The demo clock passes `() => Date.now() + offset`. */
  now?: () => number
  /** Default true: load the district demo data on first start (and on `reset`). */
  seed?: boolean
  /** Random bytes for secrets (the check-in HMAC key); default Web Crypto, else Math.random. */
  random?: RandomBytes
  /** Throw on a filtered query that no declared index serves; default: under test (NODE_ENV=test). */
  strictIndexes?: boolean
  /** A database to use instead of the on-device store over `storage` (the server's PostgreSQL). */
  database?: CloudDb
}

const underTest = (): boolean => typeof process !== 'undefined' && process.env?.NODE_ENV === 'test'

export interface MockCloud {
  /** Same shape as `wx.cloud.callFunction`; the caller is who the platform says it is. Never rejects. */
  callFunction(req: CallRequest, caller: { openid: string }): Promise<CallFunctionResult<unknown>>
  /** Wipes this cloud's data keys (backup keys stay) and reloads the seed. */
  reset(): Promise<void>
}

type RuntimeFunctions = RuntimeOptions['functions']

export const RECOVERY_NOTICE = '本机保存的数据无法读取，已原样备份到单独的位置，应用已重新开始。'
export const UNSAVED_NOTICE =
  '本机保存的数据无法读取，存储空间也不足以备份，原数据保持不动；本次使用临时数据，关闭后不会保存。'

export function createMockCloud(options: MockCloudOptions = {}): MockCloud {
  return assembleCloud(options).cloud
}

/** The cloud with its database exposed (usable once `ready` resolves); for tests that set up state directly. */
export function assembleCloud(options: MockCloudOptions = {}): {
  cloud: MockCloud
  db: CloudDb
  ready: () => Promise<void>
} {
  const storage = options.storage ?? createMemoryStorage()
  const now = options.now ?? (() => Date.now())
  const seed = options.seed ?? true
  const random = options.random ?? defaultRandom
  const db =
    options.database ??
    createDatabase<Collections>(storage, COLLECTIONS, APART_COLLECTIONS, {
      indexes: INDEX_SPECS,
      indexed: INDEXED,
      strict: options.strictIndexes ?? underTest(),
    })
  let starting: Promise<void> | null = null

  async function start(): Promise<void> {
    const status = db.open(now())
    if (status === 'loaded') {
      if (seed) await db.transaction((tx) => seedDistrict(tx, now(), random))
      return
    }
    await db.transaction(async (tx) => {
      if (seed) await seedDistrict(tx, now(), random)
      if (status === 'recovered') await tx.set('system', { _id: 'notice', text: RECOVERY_NOTICE })
      if (status === 'unreadable') await tx.set('system', { _id: 'notice', text: UNSAVED_NOTICE })
    })
  }

  const started = (): Promise<void> =>
    (starting ??= start().catch((error: unknown) => {
      starting = null
      throw error
    }))

  let seededParts = seedPartCount()
  const ready = async (): Promise<void> => {
    await started()
    if (!seed || seededParts === seedPartCount()) return
    const known = seedPartCount()
    await db.transaction((tx) => seedDistrict(tx, now(), random))
    seededParts = known
  }

  const cloud: MockCloud = {
    callFunction: createRuntime({ db, now, functions: cloudFunctions as RuntimeFunctions, ready, random }),
    async reset() {
      await ready()
      await db.wipe(seed ? async (tx) => void (await seedDistrict(tx, now(), random)) : undefined)
    },
  }
  return { cloud, db, ready }
}
