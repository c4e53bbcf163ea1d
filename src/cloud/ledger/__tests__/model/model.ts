import type { OrderStatus } from '../../../../contract/shop'
import type { AccountDoc, OrderDoc, TransferDoc } from '../../../db/schema'
import { ISSUER, OPENING, RESIDENTS, SHOPS, START, type GoodsInfo, type Real } from './real'

export interface ModelOrder {
  id: string
  code: string
  resident: number
  /** The resident's generation when it was placed: 注销 starts a new one and detaches the old orders. */
  gen: number
  goodsId: string
  shopId: string
  quantity: number
  points: number
  createdAt: number
  expiresAt: number
  status: OrderStatus
}

export interface ModelResident {
  openid: string
  gen: number
  deleted: boolean
  available: number
  held: number
  earned: number
  spent: number
  /** Earnings credited to the current account (ledger entries of kind earn). */
  earnings: number
  /**
   * requestId → each successful redemption of this generation, with the order as it was first
   * answered (a repeat answers exactly that, whatever happened to the order since; the sequences
   * span far less than the records' 7 days).
   */
  requests: Map<string, { goodsId: string; quantity: number; answer: ModelOrder }>
}

export interface Model {
  now: number
  residents: ModelResident[]
  orders: ModelOrder[]
  goods: Record<string, GoodsInfo>
  shopBalance: Record<string, number>
  /** Points the 金城街道 fund has issued. */
  issued: number
  /** Each clerk's failed code look-ups, as the cloud stores them. */
  misses: Record<string, number[]>
  requests: number
  activities: number
}

export function initialModel(goods: Record<string, GoodsInfo>): Model {
  return {
    now: START,
    residents: RESIDENTS.map((openid, i) => ({
      openid,
      gen: 0,
      deleted: false,
      available: OPENING[i],
      held: 0,
      earned: OPENING[i],
      spent: 0,
      earnings: 1,
      requests: new Map(),
    })),
    orders: [],
    goods: Object.fromEntries(Object.entries(goods).map(([id, g]) => [id, { ...g }])),
    shopBalance: Object.fromEntries(SHOPS.map((s) => [s, 0])),
    issued: OPENING.reduce((sum, points) => sum + points, 0),
    misses: {},
    requests: 0,
    activities: 0,
  }
}

/** Whether the order is still the resident's (注销 detaches every order it had). */
export const attached = (m: Model, o: ModelOrder): boolean => m.residents[o.resident].gen === o.gen

export function release(m: Model, o: ModelOrder, status: 'cancelled' | 'expired'): void {
  const r = m.residents[o.resident]
  if (attached(m, o)) {
    r.available += o.points
    r.held -= o.points
  }
  m.goods[o.goodsId].stock += o.quantity
  o.status = status
}

/** Expiry as the resident sees it: every open order whose 30 minutes have run out is released. */
export function advance(m: Model, to: number): void {
  if (to < m.now) throw new Error('the model clock only moves forward')
  m.now = to
  for (const o of m.orders) if (o.status === 'pending' && o.expiresAt <= m.now) release(m, o, 'expired')
}

const signed = (t: TransferDoc, accountId: string) =>
  (t.creditAccountId === accountId ? t.amount : 0) - (t.debitAccountId === accountId ? t.amount : 0)

/**
 * Expiry is lazy in the cloud, so an open order past its time may still hold its points in storage.
 * The effective view releases those, as the next read would; it reads storage and changes nothing.
 */
export async function observe(real: Real) {
  const now = real.clock.now
  const [accounts, transfers, orders, goods, users] = await Promise.all([
    real.db.query('accounts'),
    real.db.query('transfers'),
    real.db.query('orders'),
    real.db.query('goods'),
    real.db.query('users'),
  ])
  const lapsed = orders.filter((o) => o.status === 'pending' && o.expiresAt <= now)
  const accountOfOrder = (o: OrderDoc) => transfers.find((t) => t._id === o.transferId)?.debitAccountId
  const effective = (a: AccountDoc) => {
    const released = lapsed.filter((o) => accountOfOrder(o) === a._id).reduce((s, o) => s + o.points, 0)
    const balance = a.creditsPosted - a.debitsPosted
    return { balance, available: balance - a.debitsPending + released, held: a.debitsPending - released }
  }
  return {
    accounts: Object.fromEntries(accounts.map((a) => [a._id, effective(a)])),
    orders: Object.fromEntries(
      orders.map((o) => [o._id, { status: lapsed.includes(o) ? 'expired' : o.status, openid: o.openid }]),
    ),
    stock: Object.fromEntries(
      goods.map((g) => [
        g._id,
        g.stock + lapsed.filter((o) => o.goodsId === g._id).reduce((s, o) => s + o.quantity, 0),
      ]),
    ),
    users: Object.fromEntries(users.map((u) => [u._id, { accountId: u.accountId, profile: !!u.profile }])),
    transfers: {
      single: transfers.filter((t) => t.type === 'single').length,
      pending: transfers.filter((t) => t.type === 'pending').length,
      post: transfers.filter((t) => t.type === 'post').length,
    },
  }
}

/**
 * The ledger's own rules, read from storage; they hold whatever the model says. Each broken rule is
 * named with its numbers, so a failure reads as a list of what went wrong.
 */
export async function checkLedger(real: Real): Promise<void> {
  const [accounts, transfers, orders] = await Promise.all([
    real.db.query('accounts'),
    real.db.query('transfers'),
    real.db.query('orders'),
  ])
  const broken: string[] = []
  const rule = (holds: boolean, what: string) => {
    if (!holds) broken.push(what)
  }
  const byId = new Map(transfers.map((t) => [t._id, t]))
  rule(byId.size === transfers.length, 'a transfer id was used twice')
  const settlements = new Map<string, TransferDoc[]>()
  for (const t of transfers) {
    if (t.pendingId) settlements.set(t.pendingId, [...(settlements.get(t.pendingId) ?? []), t])
  }
  let sum = 0
  let pendingDebits = 0
  let pendingCredits = 0
  for (const a of accounts) {
    const mine = transfers.filter((t) => t.debitAccountId === a._id || t.creditAccountId === a._id)
    const posted = mine.filter((t) => t.type === 'single' || t.type === 'post')
    const open = mine.filter((t) => t.type === 'pending' && !settlements.has(t._id))
    const total = (list: TransferDoc[], side: 'debitAccountId' | 'creditAccountId') =>
      list.filter((t) => t[side] === a._id).reduce((s, t) => s + t.amount, 0)
    const totals = `${a.debitsPosted}/${a.creditsPosted}/${a.debitsPending}/${a.creditsPending}`
    const fromTransfers = [
      total(posted, 'debitAccountId'),
      total(posted, 'creditAccountId'),
      total(open, 'debitAccountId'),
      total(open, 'creditAccountId'),
    ].join('/')
    rule(totals === fromTransfers, `${a._id}: totals ${totals} but its transfers add up to ${fromTransfers}`)
    const balance = a.creditsPosted - a.debitsPosted
    const available = balance - a.debitsPending
    if (a.type === 'resident') {
      const postedEntries = posted.reduce((s, t) => s + signed(t, a._id), 0)
      const pendingEntries = open.reduce((s, t) => s + signed(t, a._id), 0)
      rule(
        available + a.debitsPending === postedEntries,
        `${a._id}: available ${available} + held ${a.debitsPending} ≠ Σ posted entries ${postedEntries}`,
      )
      rule(
        a.debitsPending === -pendingEntries,
        `${a._id}: held ${a.debitsPending} ≠ −Σ pending entries ${pendingEntries}`,
      )
    }
    rule(a.type === 'issuer' || available >= 0, `${a._id} (${a.type}): available ${available} below zero`)
    sum += balance
    pendingDebits += a.debitsPending
    pendingCredits += a.creditsPending
  }
  rule(sum === 0, `the balances of all accounts sum to ${sum}, not 0`)
  rule(
    pendingDebits === pendingCredits,
    `pending debits ${pendingDebits} ≠ pending credits ${pendingCredits}`,
  )
  for (const [pendingId, list] of settlements) {
    const held = byId.get(pendingId)
    rule(
      list.length === 1,
      `hold ${pendingId} settled ${list.length} times (${list.map((t) => t.type).join(', ')})`,
    )
    for (const t of list) {
      const same =
        held?.type === 'pending' &&
        held.amount === t.amount &&
        held.debitAccountId === t.debitAccountId &&
        held.creditAccountId === t.creditAccountId
      rule(same, `${t.type} ${t._id} does not match the hold ${pendingId} it settles`)
    }
  }
  for (const o of orders) {
    const held = byId.get(o.transferId)
    rule(
      held?.type === 'pending' && held.amount === o.points,
      `order ${o._id}: its hold is not a pending ${o.points}`,
    )
    const settledAs = (settlements.get(o.transferId) ?? []).map((t) => t.type).join(', ') || 'nothing'
    const expected = o.status === 'pending' ? 'nothing' : o.status === 'confirmed' ? 'post' : 'void'
    rule(settledAs === expected, `order ${o._id} is ${o.status} but its hold was settled by ${settledAs}`)
  }
  expect(broken).toEqual([])
}

/** The real system, seen as the resident would see it, against the model. */
export async function checkModel(m: Model, real: Real): Promise<void> {
  const o = await observe(real)
  const actual = {
    now: real.clock.now,
    residents: m.residents.map((r) => {
      const user = o.users[r.openid]
      const account = user && o.accounts[user.accountId]
      return {
        openid: r.openid,
        profile: !!user?.profile,
        available: account?.available ?? 0,
        held: account?.held ?? 0,
      }
    }),
    shops: SHOPS.map((shopId) => ({ shopId, balance: o.accounts[`shop:${shopId}`].balance })),
    issuer: o.accounts[ISSUER].balance,
    stock: Object.keys(m.goods).map((id) => ({ id, stock: o.stock[id] })),
    orders: Object.entries(o.orders).map(([id, order]) => ({ id, ...order })),
  }
  const expected = {
    now: m.now,
    residents: m.residents.map((r) => ({
      openid: r.openid,
      profile: !r.deleted,
      available: r.available,
      held: r.held,
    })),
    shops: SHOPS.map((shopId) => ({ shopId, balance: m.shopBalance[shopId] })),
    issuer: -m.issued,
    stock: Object.entries(m.goods).map(([id, g]) => ({ id, stock: g.stock })),
    orders: m.orders.map((order) => ({
      id: order.id,
      status: order.status,
      openid: attached(m, order) ? m.residents[order.resident].openid : null,
    })),
  }
  expect(actual).toEqual(expected)
}

export async function checkAll(m: Model, real: Real): Promise<void> {
  await checkLedger(real)
  await checkModel(m, real)
}
