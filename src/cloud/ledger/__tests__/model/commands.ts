import fc from 'fast-check'

import type { ErrorCode } from '../../../../contract/errors'
import type { Page } from '../../../../contract/envelope'
import type { Balance, LedgerEntry } from '../../../../contract/points'
import type { Goods, Order } from '../../../../contract/shop'
import type { CheckResult } from '../../../../contract/volunteer'
import { advance, attached, checkAll, observe, release, type Model, type ModelOrder } from './model'
import {
  CLERKS,
  GOODS_IDS,
  MINUTE,
  ORDER_MS,
  RESIDENTS,
  SHOPS,
  STAFF,
  UNKNOWN_CODE,
  attempt,
  must,
  type Real,
  type ShopId,
} from './real'

type Expected<T> = { ok: true; data?: T } | { ok: false; code: ErrorCode }

const GUARD = { misses: 5, windowMs: 10 * MINUTE }
const ACTIVITY_MINUTES = 5

const pick = <T>(list: readonly T[], n: number): T | undefined =>
  list.length ? list[n % list.length] : undefined

/** An order by index: among the open ones, or among all (closed ones test the refusals). */
type Which = { open: boolean; n: number }
const orderOf = (m: Readonly<Model>, w: Which): ModelOrder | undefined =>
  pick(w.open ? m.orders.filter((o) => o.status === 'pending') : m.orders, w.n)
/**
 * The order a clerk's code names: codes are unique among open orders only, so a code may name several;
 * the open one wins, else the newest (the first placed among equally new ones).
 */
function orderByCode(m: Readonly<Model>, code: string): ModelOrder | undefined {
  const named = m.orders.filter((o) => o.code === code)
  return (
    named.find((o) => o.status === 'pending') ??
    named.reduce<ModelOrder | undefined>(
      (newest, o) => (!newest || o.createdAt > newest.createdAt ? o : newest),
      undefined,
    )
  )
}

const orderLabel = (w: Which) => `${w.open ? 'open ' : ''}order #${w.n}`

/** A step of a sequence: it acts on both sides, then every invariant is checked against the model. */
abstract class Step implements fc.AsyncCommand<Model, Real> {
  abstract check(m: Readonly<Model>): boolean
  abstract act(m: Model, real: Real): Promise<void>
  abstract toString(): string
  async run(m: Model, real: Real): Promise<void> {
    await this.act(m, real)
    await checkAll(m, real)
  }
}

function expectOutcome<T>(label: string, got: { ok: boolean; code?: ErrorCode }, want: Expected<T>): void {
  expect({ label, ok: got.ok, code: got.ok ? undefined : got.code }).toEqual({
    label,
    ok: want.ok,
    code: want.ok ? undefined : want.code,
  })
}

function orderFor(o: ModelOrder) {
  return {
    id: o.id,
    code: o.code,
    status: o.status,
    quantity: o.quantity,
    points: o.points,
    createdAt: o.createdAt,
    expiresAt: o.expiresAt,
    goods: expect.objectContaining({ id: o.goodsId, shopId: o.shopId }),
  }
}

/** What `shop.redeem` must answer, in the contract's order of checks (a repeat answers its first answer). */
function predictRedeem(
  m: Model,
  i: number,
  goodsId: string,
  quantity: number,
  requestId: string,
): Expected<ModelOrder> {
  const r = m.residents[i]
  if (r.deleted) return { ok: false, code: 'PROFILE_REQUIRED' }
  const first = r.requests.get(requestId)
  if (first) {
    if (first.goodsId !== goodsId || first.quantity !== quantity)
      return { ok: false, code: 'INVALID_ARGUMENT' }
    return { ok: true, data: first.answer }
  }
  const g = m.goods[goodsId]
  if (g.stock < quantity) return { ok: false, code: 'QUOTA_EXCEEDED' }
  const taken = m.orders
    .filter((o) => o.resident === i && attached(m, o) && o.goodsId === goodsId)
    .filter((o) => o.status === 'pending' || o.status === 'confirmed')
    .reduce((s, o) => s + o.quantity, 0)
  if (taken + quantity > g.perPersonLimit) return { ok: false, code: 'QUOTA_EXCEEDED' }
  if (r.available < g.points * quantity) return { ok: false, code: 'INSUFFICIENT_POINTS' }
  return { ok: true }
}

export class Redeem extends Step {
  constructor(
    readonly resident: number,
    readonly goodsId: string,
    readonly quantity: number,
    /** A requestId from a small pool shared by all residents (idempotency is per caller), or a fresh one. */
    readonly shared: number | null,
  ) {
    super()
  }
  check = () => true
  async act(m: Model, real: Real) {
    const requestId = this.shared === null ? `fresh-request-${++m.requests}` : `shared-request-${this.shared}`
    const want = predictRedeem(m, this.resident, this.goodsId, this.quantity, requestId)
    const before = want.ok && want.data ? await observe(real) : null
    const got = await attempt<Order>(
      real.call(m.residents[this.resident].openid, 'shop', 'redeem', {
        goodsId: this.goodsId,
        quantity: this.quantity,
        requestId,
      }),
    )
    expectOutcome('redeem', got, want)
    if (!got.ok) return
    if (want.ok && want.data) {
      expect(got.data).toMatchObject(orderFor(want.data))
      expect(await observe(real)).toEqual(before)
      return
    }
    const g = m.goods[this.goodsId]
    const order: ModelOrder = {
      id: got.data.id,
      code: got.data.code,
      resident: this.resident,
      gen: m.residents[this.resident].gen,
      goodsId: this.goodsId,
      shopId: g.shopId,
      quantity: this.quantity,
      points: g.points * this.quantity,
      createdAt: m.now,
      expiresAt: m.now + ORDER_MS,
      status: 'pending',
    }
    expect(got.data).toMatchObject(orderFor(order))
    expect(got.data.code).toMatch(/^\d{8}$/)
    expect(m.orders.filter((o) => o.status === 'pending' && o.code === order.code)).toEqual([])
    m.orders.push(order)
    const r = m.residents[this.resident]
    r.available -= order.points
    r.held += order.points
    g.stock -= this.quantity
    r.requests.set(requestId, { goodsId: this.goodsId, quantity: this.quantity, answer: { ...order } })
  }
  toString = () =>
    `Redeem(${RESIDENTS[this.resident]}, ${this.goodsId} ×${this.quantity}, ${this.shared === null ? 'fresh' : `shared-request-${this.shared}`})`
}

/**
 * Sends a resident's earlier successful request again: the same input answers the order exactly as
 * first answered (even once confirmed, cancelled or expired since), other input is
 * INVALID_ARGUMENT; either way nothing the resident or the shop sees may change.
 */
export class Replay extends Step {
  constructor(
    readonly resident: number,
    readonly which: number,
    readonly change: 'none' | 'quantity' | 'goods',
  ) {
    super()
  }
  check = (m: Readonly<Model>) =>
    !m.residents[this.resident].deleted && m.residents[this.resident].requests.size > 0
  async act(m: Model, real: Real) {
    const r = m.residents[this.resident]
    const [requestId, first] = pick([...r.requests.entries()], this.which)!
    const goodsId =
      this.change === 'goods'
        ? pick(
            GOODS_IDS.filter((g) => g !== first.goodsId),
            this.which,
          )!
        : first.goodsId
    const quantity = this.change === 'quantity' ? (first.quantity % 3) + 1 : first.quantity
    const want = predictRedeem(m, this.resident, goodsId, quantity, requestId)
    expect(want.ok).toBe(this.change === 'none')
    const before = await observe(real)
    const got = await attempt<Order>(real.call(r.openid, 'shop', 'redeem', { goodsId, quantity, requestId }))
    expectOutcome('replay', got, want)
    if (got.ok && want.ok) expect(got.data).toMatchObject(orderFor(want.data!))
    expect(await observe(real)).toEqual(before)
  }
  toString = () => `Replay(${RESIDENTS[this.resident]}, #${this.which}, change ${this.change})`
}

export class Confirm extends Step {
  constructor(
    readonly which: Which,
    readonly clerk: 'own' | 'other' | 'unknown-code',
  ) {
    super()
  }
  check = (m: Readonly<Model>) => orderOf(m, this.which) !== undefined
  async act(m: Model, real: Real) {
    const picked = orderOf(m, this.which)!
    const shop: ShopId =
      this.clerk === 'own' ? (picked.shopId as ShopId) : SHOPS.find((s) => s !== picked.shopId)!
    const clerk = CLERKS[shop]
    const code = this.clerk === 'unknown-code' ? UNKNOWN_CODE : picked.code
    const o = orderByCode(m, code)
    const recent = (m.misses[clerk] ?? []).filter((t) => t > m.now - GUARD.windowMs)
    let want: Expected<Order>
    if (recent.length >= GUARD.misses) want = { ok: false, code: 'PERMISSION_DENIED' }
    else if (!o) want = { ok: false, code: 'NOT_FOUND' }
    else if (o.shopId !== shop) want = { ok: false, code: 'PERMISSION_DENIED' }
    else if (o.status === 'expired') want = { ok: false, code: 'EXPIRED' }
    else if (o.status !== 'pending') want = { ok: false, code: 'CONFLICT' }
    else want = { ok: true }
    const got = await attempt<Order>(real.call(clerk, 'shop', 'confirm', { code }))
    expectOutcome('confirm', got, want)
    if (recent.length < GUARD.misses && (!o || o.shopId !== shop)) m.misses[clerk] = [...recent, m.now]
    if (!got.ok || !o) return
    o.status = 'confirmed'
    const r = m.residents[o.resident]
    r.held -= o.points
    r.spent += o.points
    m.shopBalance[o.shopId] += o.points
    expect(got.data).toMatchObject({ ...orderFor(o), confirmedAt: m.now })
  }
  toString = () => `Confirm(${orderLabel(this.which)}, ${this.clerk})`
}

export class Cancel extends Step {
  constructor(
    readonly which: Which,
    /** null: the order's owner; else that resident (maybe someone else). */
    readonly by: number | null,
  ) {
    super()
  }
  check = (m: Readonly<Model>) => orderOf(m, this.which) !== undefined
  async act(m: Model, real: Real) {
    const o = orderOf(m, this.which)!
    const by = this.by ?? o.resident
    let want: Expected<Order>
    if (by !== o.resident || !attached(m, o)) want = { ok: false, code: 'PERMISSION_DENIED' }
    else if (o.status === 'expired') want = { ok: false, code: 'EXPIRED' }
    else if (o.status !== 'pending') want = { ok: false, code: 'CONFLICT' }
    else want = { ok: true }
    const got = await attempt<Order>(
      real.call(m.residents[by].openid, 'shop', 'cancelOrder', { orderId: o.id }),
    )
    expectOutcome('cancel', got, want)
    if (!got.ok) return
    release(m, o, 'cancelled')
    expect(got.data).toMatchObject({ ...orderFor(o), closedAt: m.now })
  }
  toString = () => `Cancel(${orderLabel(this.which)}, by ${this.by === null ? 'owner' : RESIDENTS[this.by]})`
}

/** Moves the clock forward: some minutes, or to just before, at or after an order's expiry. */
export class Tick extends Step {
  constructor(readonly to: { minutes: number } | { expiryOf: Which; deltaMs: -1 | 0 | 1 }) {
    super()
  }
  target(m: Readonly<Model>): number | null {
    if ('minutes' in this.to) return m.now + this.to.minutes * MINUTE
    const o = orderOf(m, this.to.expiryOf)
    return o ? o.expiresAt + this.to.deltaMs : null
  }
  check = (m: Readonly<Model>) => {
    const at = this.target(m)
    return at !== null && at >= m.now
  }
  async act(m: Model, real: Real) {
    const at = this.target(m)!
    advance(m, at)
    real.clock.now = at
  }
  toString = () =>
    'minutes' in this.to
      ? `Tick(+${this.to.minutes} min)`
      : `Tick(expiry of ${orderLabel(this.to.expiryOf)} ${this.to.deltaMs >= 0 ? '+' : ''}${this.to.deltaMs} ms)`
}

async function allPages<T>(read: (cursor?: string) => Promise<Page<T>>): Promise<T[]> {
  const items: T[] = []
  let cursor: string | undefined
  do {
    const page = await read(cursor)
    items.push(...page.items)
    cursor = page.nextCursor ?? undefined
  } while (cursor)
  return items
}

const LEDGER_STATUS = {
  pending: 'pending',
  confirmed: 'posted',
  cancelled: 'voided',
  expired: 'voided',
} as const

/** A resident reads: each read settles lapsed orders in storage, and none may change what the model sees. */
export class Look extends Step {
  constructor(
    readonly resident: number,
    readonly view: 'balance' | 'ledger' | 'orders' | 'login' | 'goods',
  ) {
    super()
  }
  check = () => true
  async act(m: Model, real: Real) {
    const r = m.residents[this.resident]
    const mine = m.orders.filter((o) => o.resident === this.resident && attached(m, o))
    if (this.view === 'balance') {
      const balance = await must<Balance>(real.call(r.openid, 'points', 'balance'))
      expect(balance).toEqual({ available: r.available, held: r.held, earned: r.earned, spent: r.spent })
    } else if (this.view === 'ledger') {
      const entries = await allPages((cursor) =>
        must<Page<LedgerEntry>>(real.call(r.openid, 'points', 'ledger', { cursor, limit: 7 })),
      )
      const total = (status: string) =>
        entries.filter((e) => e.status === status).reduce((s, e) => s + e.amount, 0)
      expect(total('posted')).toBe(r.available + r.held)
      expect(0 - total('pending')).toBe(r.held)
      expect(entries.filter((e) => e.kind === 'earn').length).toBe(r.earnings)
      const fromOrders = Object.fromEntries(
        entries.filter((e) => e.ref?.type === 'order').map((e) => [e.ref!.id, e.status]),
      )
      expect(fromOrders).toEqual(Object.fromEntries(mine.map((o) => [o.id, LEDGER_STATUS[o.status]])))
      expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length)
    } else if (this.view === 'orders') {
      const orders = await allPages((cursor) =>
        must<Page<Order>>(real.call(r.openid, 'shop', 'myOrders', { cursor, limit: 3 })),
      )
      expect(Object.fromEntries(orders.map((o) => [o.id, o.status]))).toEqual(
        Object.fromEntries(mine.map((o) => [o.id, o.status])),
      )
    } else if (this.view === 'login') {
      const view = await must<{ profile: unknown }>(real.call(r.openid, 'user', 'login'))
      expect(view.profile === null).toBe(r.deleted)
    } else {
      for (const shopId of SHOPS) {
        const goods = await must<Goods[]>(real.call(r.openid, 'shop', 'listGoods', { shopId }))
        for (const g of goods.filter((x) => x.id in m.goods)) {
          const held = mine.filter(
            (o) => o.goodsId === g.id && (o.status === 'pending' || o.status === 'confirmed'),
          )
          expect({ id: g.id, stock: g.stock, mine: g.mine }).toEqual({
            id: g.id,
            stock: m.goods[g.id].stock,
            mine: held.reduce((s, o) => s + o.quantity, 0),
          })
        }
      }
    }
  }
  toString = () => `Look(${RESIDENTS[this.resident]}, ${this.view})`
}

/**
 * Earns points the way a volunteer does: staff publish a 5-minute activity starting in a minute, the
 * resident signs up, checks in at the start with the staff's rotating code and out `served` minutes
 * later; points are posted only when at least 60% (3 minutes) was served.
 */
export class Earn extends Step {
  constructor(
    readonly resident: number,
    readonly points: number,
    readonly served: number,
  ) {
    super()
  }
  check = (m: Readonly<Model>) => !m.residents[this.resident].deleted
  async act(m: Model, real: Real) {
    const r = m.residents[this.resident]
    const startAt = m.now + MINUTE
    const activity = await must<{ id: string }>(
      real.call(STAFF, 'volunteer', 'create', {
        title: `洸府河清理 ${++m.activities}`,
        description: '沿河捡拾垃圾',
        place: '洸府河新华段',
        startAt,
        endAt: startAt + ACTIVITY_MINUTES * MINUTE,
        quota: 5,
        points: this.points,
      }),
    )
    await must(real.call(r.openid, 'volunteer', 'signUp', { activityId: activity.id }))
    const scan = async (at: number, kind: 'in' | 'out') => {
      advance(m, at)
      real.clock.now = at
      const { code } = await must<{ code: string }>(
        real.call(STAFF, 'volunteer', 'issueCode', { activityId: activity.id, kind }),
      )
      return must<CheckResult>(real.call(r.openid, 'volunteer', 'checkIn', { code }))
    }
    await scan(startAt, 'in')
    const out = await scan(startAt + this.served * MINUTE, 'out')
    const earned = this.served >= 0.6 * ACTIVITY_MINUTES ? this.points : 0
    expect({ minutes: out.minutes, pointsAwarded: out.pointsAwarded }).toEqual({
      minutes: this.served,
      pointsAwarded: earned,
    })
    if (earned === 0) return
    r.available += earned
    r.earned += earned
    r.earnings += 1
    m.issued += earned
  }
  toString = () =>
    `Earn(${RESIDENTS[this.resident]}, ${this.points} points, served ${this.served}/${ACTIVITY_MINUTES} min)`
}

/** 注销: open orders are cancelled (hold voided, stock back), every order is detached, the account stays behind. */
export class DeleteAccount extends Step {
  constructor(readonly resident: number) {
    super()
  }
  check = () => true
  async act(m: Model, real: Real) {
    const r = m.residents[this.resident]
    const got = await must<unknown>(real.call(r.openid, 'user', 'deleteAccount'))
    expect(got).toEqual({ deleted: true })
    if (r.deleted) return
    for (const o of m.orders)
      if (o.resident === this.resident && attached(m, o) && o.status === 'pending') release(m, o, 'cancelled')
    Object.assign(r, {
      gen: r.gen + 1,
      deleted: true,
      available: 0,
      held: 0,
      earned: 0,
      spent: 0,
      earnings: 0,
    })
    r.requests = new Map()
  }
  toString = () => `DeleteAccount(${RESIDENTS[this.resident]})`
}

/** A resident who left signs up again: a new profile and a new, empty account. */
export class Rejoin extends Step {
  constructor(readonly resident: number) {
    super()
  }
  check = (m: Readonly<Model>) => m.residents[this.resident].deleted
  async act(m: Model, real: Real) {
    const r = m.residents[this.resident]
    await must(real.call(r.openid, 'user', 'updateProfile', { name: '回来的居民', phone: '13600000000' }))
    r.deleted = false
  }
  toString = () => `Rejoin(${RESIDENTS[this.resident]})`
}

const resident = fc.integer({ min: 0, max: RESIDENTS.length - 1 })
const which = fc.record({ open: fc.boolean(), n: fc.nat({ max: 40 }) })
const times = <T>(n: number, arb: fc.Arbitrary<T>): fc.Arbitrary<T>[] => Array.from({ length: n }, () => arb)

/** Repeating an arbitrary weights it: about one step in twenty is a 注销, one in five a redemption. */
export const commandArbitraries: fc.Arbitrary<Step>[] = [
  ...times(
    4,
    fc
      .tuple(
        resident,
        fc.constantFrom(...GOODS_IDS),
        fc.integer({ min: 1, max: 3 }),
        fc.oneof({ weight: 7, arbitrary: fc.constant(null) }, { weight: 3, arbitrary: fc.nat({ max: 3 }) }),
      )
      .map(([r, g, q, shared]) => new Redeem(r, g, q, shared)),
  ),
  ...times(
    2,
    fc
      .tuple(
        resident,
        fc.nat({ max: 40 }),
        fc.constantFrom<Replay['change']>('none', 'none', 'quantity', 'goods'),
      )
      .map(([r, w, c]) => new Replay(r, w, c)),
  ),
  ...times(
    3,
    fc
      .tuple(which, fc.constantFrom<Confirm['clerk']>('own', 'own', 'own', 'own', 'other', 'unknown-code'))
      .map(([w, c]) => new Confirm(w, c)),
  ),
  ...times(
    2,
    fc
      .tuple(which, fc.oneof({ weight: 4, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: resident }))
      .map(([w, by]) => new Cancel(w, by)),
  ),
  fc.constantFrom(1, 5, 15, 29, 31, 45).map((minutes) => new Tick({ minutes })),
  fc
    .tuple(which, fc.constantFrom<-1 | 0 | 1>(-1, 0, 1))
    .map(([w, deltaMs]) => new Tick({ expiryOf: w, deltaMs })),
  ...times(
    2,
    fc
      .tuple(resident, fc.constantFrom<Look['view']>('balance', 'ledger', 'orders', 'login', 'goods'))
      .map(([r, v]) => new Look(r, v)),
  ),
  ...times(
    2,
    fc
      .tuple(resident, fc.integer({ min: 1, max: 80 }), fc.constantFrom(0, 2, 3, 5))
      .map(([r, p, served]) => new Earn(r, p, served)),
  ),
  resident.map((r) => new DeleteAccount(r)),
  ...times(
    2,
    resident.map((r) => new Rejoin(r)),
  ),
]
