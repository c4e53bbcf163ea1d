import type { Envelope } from '../../../../contract/envelope'
import type { ErrorCode } from '../../../../contract/errors'
import { assembleCloud, createMemoryStorage, type MockCloud } from '../../../index'
import type { CloudDb, GoodsDoc } from '../../../db/schema'
import { codeSource } from '../../../functions/shop/code'
import { createTransfer } from '../../transfers'

export const START = Date.parse('2026-11-26T10:00:00+08:00')
export const MINUTE = 60_000
export const ORDER_MS = 30 * MINUTE

export const XINHUA = 'shop-yj-xinhua'
export const GUANGHE = 'shop-yj-guanghe'
export const SHOPS = [XINHUA, GUANGHE] as const
export type ShopId = (typeof SHOPS)[number]

/** demo-resident-a starts with the seed's 120 points; the other two are given theirs in the base. */
export const RESIDENTS = ['demo-resident-a', 'resident-b', 'resident-c'] as const
export const OPENING = [120, 60, 90] as const
export const CLERKS: Record<ShopId, string> = { [XINHUA]: 'clerk-xinhua', [GUANGHE]: 'clerk-guanghe' }
export const STAFF = 'staff-xinhua'
export const ISSUER = 'issuer:jincheng'

/** Seeded goods the sequences redeem; 牙膏 (goods-07) gets a stock of 4 so it sells out. */
export const GOODS_IDS = ['goods-01', 'goods-02', 'goods-04', 'goods-06', 'goods-07'] as const
const LOW_STOCK = { id: 'goods-07', stock: 4 }

export type GoodsInfo = Pick<GoodsDoc, 'shopId' | 'points' | 'stock' | 'perPersonLimit'>

export interface Real {
  db: CloudDb
  clock: { now: number }
  call(
    openid: string,
    name: string,
    action: string,
    data?: Record<string, unknown>,
  ): Promise<Envelope<unknown>>
}

export type Outcome<T> = { ok: true; data: T } | { ok: false; code: ErrorCode }

export async function attempt<T>(result: Promise<Envelope<unknown>>): Promise<Outcome<T>> {
  const envelope = await result
  return envelope.ok ? { ok: true, data: envelope.data as T } : { ok: false, code: envelope.error.code }
}

export async function must<T>(result: Promise<Envelope<unknown>>): Promise<T> {
  const envelope = await result
  if (!envelope.ok) throw new Error(`expected success, got ${envelope.error.code} ${envelope.error.message}`)
  return envelope.data as T
}

const fixedRandom = (size: number) => new Uint8Array(size).fill(7)

/**
 * Redemption codes without a random source: every other one from a pool of three, so codes come back
 * once their orders close (the cloud must skip a code that an open order holds), the rest unique.
 */
let issuedCodes = 0
codeSource.next = () => {
  issuedCodes += 1
  return issuedCodes % 2 ? `0000000${(issuedCodes >> 1) % 3}` : String(10_000_000 + issuedCodes)
}
export const UNKNOWN_CODE = '99999999'

function open(initial: Record<string, string>): Real & { cloud: MockCloud; ready: () => Promise<void> } {
  const storage = createMemoryStorage(initial)
  const clock = { now: START }
  const { cloud, db, ready } = assembleCloud({
    storage,
    now: () => clock.now,
    seed: false,
    random: fixedRandom,
  })
  const call = async (openid: string, name: string, action: string, data: Record<string, unknown> = {}) =>
    (await cloud.callFunction({ name, data: { ...data, action } }, { openid })).result
  return { cloud, db, ready, clock, call }
}

/**
 * The seeded district with staff of 新华社区, a clerk bound to each 易捷 shop by its invite code and
 * three residents with real-name profiles; kept as storage contents so each run starts from a copy.
 */
export async function buildBase(): Promise<{
  storage: Record<string, string>
  goods: Record<string, GoodsInfo>
}> {
  const storage = createMemoryStorage()
  const clock = { now: START }
  const { cloud, db } = assembleCloud({ storage, now: () => clock.now, random: fixedRandom })
  const call = (openid: string, name: string, action: string, data: Record<string, unknown> = {}) =>
    must(cloud.callFunction({ name, data: { ...data, action } }, { openid }).then((r) => r.result))
  await call(STAFF, 'user', 'bindRole', { inviteCode: 'JC-STAFF-2026' })
  await call(CLERKS[XINHUA], 'user', 'bindRole', { inviteCode: 'YJ-CLERK-2026' })
  await call(CLERKS[GUANGHE], 'user', 'bindRole', { inviteCode: 'GH-CLERK-2026' })
  for (const [i, openid] of RESIDENTS.entries()) {
    await call(openid, 'user', 'updateProfile', { name: `居民${'甲乙丙'[i]}`, phone: `1390000000${i}` })
    const user = await db.get('users', openid)
    if (i > 0 && user) {
      await db.transaction((tx) =>
        createTransfer(tx, {
          debitAccountId: ISSUER,
          creditAccountId: user.accountId,
          amount: OPENING[i],
          kind: 'earn',
          reason: '往期志愿服务积分转入',
          at: START - 86_400_000,
        }),
      )
    }
  }
  await db.update('goods', LOW_STOCK.id, { stock: LOW_STOCK.stock })
  const goods: Record<string, GoodsInfo> = {}
  for (const id of GOODS_IDS) {
    const doc = await db.get('goods', id)
    if (!doc) throw new Error(`seed lacks ${id}`)
    goods[id] = {
      shopId: doc.shopId,
      points: doc.points,
      stock: doc.stock,
      perPersonLimit: doc.perPersonLimit,
    }
  }
  return { storage: Object.fromEntries(storage.keys().map((k) => [k, storage.getItem(k) ?? ''])), goods }
}

/** A fresh cloud over a copy of the base, its clock at START. */
export async function openReal(base: Record<string, string>): Promise<Real> {
  issuedCodes = 0
  const real = open(base)
  await real.ready()
  return real
}
