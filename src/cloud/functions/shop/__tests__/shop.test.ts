import type { Envelope } from '../../../../contract/envelope'
import type { Order } from '../../../../contract/shop'
import { issuerAccountId, shopAccountId } from '../../../ledger/accounts'
import { createTransfer } from '../../../ledger/transfers'
import { START, parsesOf, setupCloud } from '../../../__tests__/harness'
import { codeSource } from '../code'

const A = 'demo-resident-a'
const B = 'demo-resident-b'
const CLERK = 'demo-clerk'
const OTHER_CLERK = 'clerk-guanghe'
const TISSUE = 'goods-01' // 20 points, stock 60, limit 5, 易捷 新华社区店
const EGGS = 'goods-02' // 30 points, stock 40, limit 3
const RICE = 'goods-04' // 100 points, stock 20, limit 1
const MINUTE = 60_000

let requests = 0
const rid = () => `req-${String(++requests).padStart(6, '0')}`

async function setupShop() {
  const env = setupCloud()
  const profile = (openid: string, name: string) =>
    env.ok(openid, 'user', 'updateProfile', { name, phone: '13912345678' })
  await profile(A, '王秀兰')
  await profile(B, '李建国')
  await env.ok(CLERK, 'user', 'bindRole', { inviteCode: 'YJ-CLERK-2026' })
  await env.ok(OTHER_CLERK, 'user', 'bindRole', { inviteCode: 'GH-CLERK-2026' })
  const redeem = (openid: string, goodsId: string, quantity = 1, requestId = rid()) =>
    env.call(openid, 'shop', 'redeem', { goodsId, quantity, requestId }) as Promise<Envelope<Order>>
  const redeemOk = async (openid: string, goodsId: string, quantity = 1) => {
    const result = await redeem(openid, goodsId, quantity)
    if (!result.ok) throw new Error(result.error.message)
    return result.data
  }
  const fund = async (openid: string, amount: number) => {
    const user = await env.db.get('users', openid)
    await env.db.transaction((tx) =>
      createTransfer(tx, {
        debitAccountId: issuerAccountId('jincheng'),
        creditAccountId: user?.accountId ?? '',
        amount,
        kind: 'earn',
        reason: '测试积分',
        at: START,
      }),
    )
  }
  const stock = async (goodsId: string) => (await env.db.get('goods', goodsId))?.stock
  const balance = (openid: string) => env.ok(openid, 'points', 'balance')
  const shopBalance = async (shopId = 'shop-yj-xinhua') => {
    const account = await env.db.get('accounts', shopAccountId(shopId))
    return (account?.creditsPosted ?? 0) - (account?.debitsPosted ?? 0)
  }
  const ledgerSum = async () =>
    (await env.db.query('accounts')).reduce((sum, a) => sum + a.creditsPosted - a.debitsPosted, 0)
  return { ...env, redeem, redeemOk, fund, stock, balance, shopBalance, ledgerSum }
}

const errorOf = (result: Envelope<unknown>) => (result.ok ? null : result.error)

afterEach(() => jest.restoreAllMocks())

test('should seed partner shops with affordable goods at the clerk’s 易捷便利店', async () => {
  const { ok } = await setupShop()

  const shops = await ok(A, 'shop', 'listShops')
  const goods = await ok(A, 'shop', 'listGoods', { shopId: 'shop-yj-xinhua' })

  expect(shops).toContainEqual(
    expect.objectContaining({ id: 'shop-yj-xinhua', name: '易捷便利店 新华社区店', street: '金城街道' }),
  )
  expect(goods.filter((g) => g.points <= 100).length).toBeGreaterThanOrEqual(2)
  expect(
    goods.some((g) => g.points <= 100 && g.perPersonLimit >= 3 && g.perPersonLimit <= 10 && g.stock >= 20),
  ).toBe(true)
})

test('should put every shop on the map in 任城区 and give every goods a picture', async () => {
  const { ok } = await setupShop()

  const shops = await ok(A, 'shop', 'listShops')
  expect(shops.length).toBeGreaterThan(0)
  for (const shop of shops) {
    expect(shop.lat).toBeGreaterThan(35.3)
    expect(shop.lat).toBeLessThan(35.5)
    expect(shop.lng).toBeGreaterThan(116.5)
    expect(shop.lng).toBeLessThan(116.7)
    expect(shop.address).not.toBe('')
    const goods = await ok(A, 'shop', 'listGoods', { shopId: shop.id })
    for (const g of goods) expect(g.picture).toMatch(/^[a-z]+$/)
  }
})

test('should hold the points, reserve the stock and give an 8-digit code valid 30 minutes', async () => {
  const { redeemOk, balance, stock, ok } = await setupShop()

  const order = await redeemOk(A, EGGS, 2)

  expect(order).toMatchObject({
    status: 'pending',
    quantity: 2,
    points: 60,
    goods: { id: EGGS, name: '鸡蛋 10 枚', points: 30, shopName: '易捷便利店 新华社区店' },
    createdAt: START,
    expiresAt: START + 30 * MINUTE,
  })
  expect(order.code).toMatch(/^\d{8}$/)
  expect(await balance(A)).toEqual({ available: 60, held: 60, earned: 120, spent: 0 })
  expect(await stock(EGGS)).toBe(38)
  const { items } = await ok(A, 'points', 'ledger')
  expect(items[0]).toMatchObject({ amount: -60, status: 'pending', ref: { type: 'order', id: order.id } })
  expect(
    (await ok(A, 'shop', 'listGoods', { shopId: 'shop-yj-xinhua' })).find((g) => g.id === EGGS)?.mine,
  ).toBe(2)
})

test('should refuse a resident without a real-name profile and change nothing', async () => {
  const { call, snapshot } = await setupShop()
  const before = snapshot()

  const result = await call('demo-staff', 'shop', 'redeem', {
    goodsId: TISSUE,
    quantity: 1,
    requestId: rid(),
  })

  expect(errorOf(result)?.code).toBe('PROFILE_REQUIRED')
  expect(snapshot()).toEqual(before)
})

test.each([
  [{ goodsId: TISSUE, quantity: 0 }, /数量/],
  [{ goodsId: TISSUE, quantity: 11 }, /数量/],
  [{ goodsId: TISSUE, quantity: 1.5 }, /数量/],
  [{ goodsId: TISSUE, quantity: '1' }, /数量/],
  [{ goodsId: '', quantity: 1 }, /商品/],
  [{ goodsId: TISSUE, quantity: 1, requestId: 'short' }, /请求编号/],
])('should answer INVALID_ARGUMENT for redeem %j and change nothing', async (data, message) => {
  const { call, snapshot } = await setupShop()
  const before = snapshot()

  const result = await call(A, 'shop', 'redeem', { requestId: rid(), ...data })

  expect(errorOf(result)).toEqual({ code: 'INVALID_ARGUMENT', message: expect.stringMatching(message) })
  expect(snapshot()).toEqual(before)
})

test('should answer NOT_FOUND, INSUFFICIENT_POINTS and QUOTA_EXCEEDED for stock and the per-person limit', async () => {
  const { redeem, redeemOk, db, fund } = await setupShop()

  expect(errorOf(await redeem(A, 'goods-99'))?.code).toBe('NOT_FOUND')
  expect(errorOf(await redeem(B, TISSUE))?.code).toBe('INSUFFICIENT_POINTS')
  await fund(A, 500)
  await redeemOk(A, EGGS, 2)
  expect(errorOf(await redeem(A, EGGS, 2))).toEqual({
    code: 'QUOTA_EXCEEDED',
    message: expect.stringContaining('每人限兑 3 件'),
  })
  await db.update('goods', TISSUE, { stock: 2 })
  expect(errorOf(await redeem(A, TISSUE, 3))).toEqual({
    code: 'QUOTA_EXCEEDED',
    message: expect.stringContaining('仅剩 2 件'),
  })
})

test('should answer a replayed requestId with the same order and hold the points once', async () => {
  const { redeem, balance, call } = await setupShop()

  const first = await redeem(A, EGGS, 1, 'retry-0001')
  const again = await redeem(A, EGGS, 1, 'retry-0001')
  const other = await redeem(A, TISSUE, 1, 'retry-0001')
  const byB = await call(B, 'shop', 'redeem', { goodsId: EGGS, quantity: 1, requestId: 'retry-0001' })

  expect(first.ok && again.ok && again.data).toEqual(first.ok && first.data)
  expect(errorOf(other)?.code).toBe('INVALID_ARGUMENT')
  expect(errorOf(byB)?.code).toBe('INSUFFICIENT_POINTS')
  expect((await balance(A)).held).toBe(30)
})

test('should never let concurrent redemptions take available points below zero', async () => {
  const { redeem, balance, ledgerSum } = await setupShop()
  const attempts: [string, number][] = [
    [EGGS, 3],
    [RICE, 1],
    [TISSUE, 5],
    ['goods-03', 2],
    ['goods-05', 2],
    ['goods-09', 1],
    ['goods-10', 2],
  ]

  const results = await Promise.all(attempts.map(([goodsId, q]) => redeem(A, goodsId, q)))

  const held = results.reduce((sum, r) => sum + (r.ok ? r.data.points : 0), 0)
  const after = await balance(A)
  expect(results.some((r) => r.ok)).toBe(true)
  expect(results.filter((r) => !r.ok).every((r) => errorOf(r)?.code === 'INSUFFICIENT_POINTS')).toBe(true)
  expect(after.available).toBeGreaterThanOrEqual(0)
  expect(after.held).toBe(held)
  expect(after.available + after.held).toBe(120)
  expect(await ledgerSum()).toBe(0)
})

test('should give the last unit of stock to exactly one of many residents', async () => {
  const { ok, fund, db, redeem, stock } = await setupShop()
  const residents = Array.from({ length: 20 }, (_, i) => `resident-${i}`)
  for (const openid of residents) {
    await ok(openid, 'user', 'updateProfile', { name: '张三丰', phone: '13700000000' })
    await fund(openid, 100)
  }
  await db.update('goods', RICE, { stock: 1 })

  const results = await Promise.all(residents.map((openid) => redeem(openid, RICE)))

  expect(results.filter((r) => r.ok)).toHaveLength(1)
  expect(results.filter((r) => errorOf(r)?.code === 'QUOTA_EXCEEDED')).toHaveLength(19)
  expect(await stock(RICE)).toBe(0)
  expect(await db.query('orders', { goodsId: RICE })).toHaveLength(1)
})

test('should let a clerk look up an order with the resident’s name masked', async () => {
  const { redeemOk, ok } = await setupShop()
  const order = await redeemOk(A, EGGS, 2)

  const found = await ok(CLERK, 'shop', 'lookup', { code: ` ${order.code} ` })

  expect(found).toEqual({ ...order, residentMasked: '王**' })
})

test('should confirm exactly once under 100 concurrent confirms and post one transfer', async () => {
  const { redeemOk, call, db, balance, shopBalance, ledgerSum } = await setupShop()
  const order = await redeemOk(A, RICE)

  const results = await Promise.all(
    Array.from({ length: 100 }, () => call(CLERK, 'shop', 'confirm', { code: order.code })),
  )

  const wins = results.filter((r) => r.ok)
  expect(wins).toHaveLength(1)
  expect(wins[0].ok && wins[0].data).toMatchObject({ status: 'confirmed', confirmedAt: START })
  for (const r of results.filter((r) => !r.ok)) {
    expect(errorOf(r)).toEqual({ code: 'CONFLICT', message: expect.stringContaining('已于 09:30 核销') })
  }
  const pending = (await db.query('orders'))[0].transferId
  expect(await db.query('transfers', { pendingId: pending })).toEqual([
    expect.objectContaining({ type: 'post' }),
  ])
  expect(await balance(A)).toEqual({ available: 20, held: 0, earned: 120, spent: 100 })
  expect(await shopBalance()).toBe(100)
  expect(await ledgerSum()).toBe(0)
})

test('should say when a code was confirmed, in China time, on a later day too', async () => {
  const { redeemOk, ok, call, clock } = await setupShop()
  const order = await redeemOk(A, TISSUE)
  clock.now += 7 * MINUTE
  await ok(CLERK, 'shop', 'confirm', { code: order.code })
  clock.now += 24 * 60 * MINUTE

  const lookup = await call(CLERK, 'shop', 'lookup', { code: order.code })

  expect(errorOf(lookup)).toEqual({
    code: 'CONFLICT',
    message: '该兑换码已于 09:37 核销（2026-07-20），请勿重复核销',
  })
})

test('should refuse other shops’ clerks, non-clerks and a clerk’s own order', async () => {
  const { redeemOk, call, ok, fund } = await setupShop()
  const order = await redeemOk(A, TISSUE)
  await ok(CLERK, 'user', 'updateProfile', { name: '赵店员', phone: '13800000000' })
  await fund(CLERK, 50)
  const own = await redeemOk(CLERK, TISSUE)

  expect(errorOf(await call(OTHER_CLERK, 'shop', 'confirm', { code: order.code }))?.code).toBe(
    'PERMISSION_DENIED',
  )
  expect(errorOf(await call(OTHER_CLERK, 'shop', 'lookup', { code: order.code }))?.code).toBe(
    'PERMISSION_DENIED',
  )
  expect(errorOf(await call(B, 'shop', 'confirm', { code: order.code }))?.code).toBe('PERMISSION_DENIED')
  expect(errorOf(await call(CLERK, 'shop', 'confirm', { code: own.code }))).toEqual({
    code: 'PERMISSION_DENIED',
    message: '不能核销自己的兑换',
  })
  expect((await ok(A, 'shop', 'myOrders')).items.find((o) => o.id === order.id)?.status).toBe('pending')
})

test('should release the points and the stock when an order expires, and answer EXPIRED', async () => {
  const { redeemOk, call, clock, balance, stock, ok, db } = await setupShop()
  const order = await redeemOk(A, EGGS, 3)
  clock.now += 30 * MINUTE

  const lookup = await call(CLERK, 'shop', 'lookup', { code: order.code })

  expect(errorOf(lookup)).toEqual({ code: 'EXPIRED', message: expect.stringContaining('10:00 过期') })
  expect(await stock(EGGS)).toBe(40)
  expect((await db.get('orders', order.id))?.status).toBe('expired')
  expect(await balance(A)).toEqual({ available: 120, held: 0, earned: 120, spent: 0 })
  expect(errorOf(await call(CLERK, 'shop', 'confirm', { code: order.code }))?.code).toBe('EXPIRED')
  expect((await ok(A, 'points', 'ledger')).items[0]).toMatchObject({
    status: 'voided',
    settledAt: START + 30 * MINUTE,
  })
})

test.each([
  ['login', 'user', 'login'],
  ['balance', 'points', 'balance'],
  ['ledger', 'points', 'ledger'],
  ['myOrders', 'shop', 'myOrders'],
] as const)('should settle expired orders on %s', async (_, name, action) => {
  const { redeemOk, call, clock, db } = await setupShop()
  const order = await redeemOk(A, EGGS)
  clock.now += 31 * MINUTE

  await call(A, name, action)

  expect((await db.get('orders', order.id))?.status).toBe('expired')
  const account = await db.get('accounts', (await db.get('users', A))?.accountId ?? '')
  expect(account?.debitsPending).toBe(0)
})

test('should let the owner cancel an open order, and only that', async () => {
  const { redeemOk, call, ok, balance, stock, clock } = await setupShop()
  const order = await redeemOk(A, EGGS)

  expect(errorOf(await call(B, 'shop', 'cancelOrder', { orderId: order.id }))?.code).toBe('PERMISSION_DENIED')
  expect(errorOf(await call(A, 'shop', 'cancelOrder', { orderId: 'order-x' }))?.code).toBe('NOT_FOUND')
  const cancelled = await ok(A, 'shop', 'cancelOrder', { orderId: order.id })

  expect(cancelled).toMatchObject({ status: 'cancelled', closedAt: START })
  expect(await balance(A)).toMatchObject({ available: 120, held: 0 })
  expect(await stock(EGGS)).toBe(40)
  expect(errorOf(await call(A, 'shop', 'cancelOrder', { orderId: order.id }))?.code).toBe('CONFLICT')
  expect(errorOf(await call(CLERK, 'shop', 'confirm', { code: order.code }))?.code).toBe('CONFLICT')
  const confirmed = await redeemOk(A, TISSUE)
  await ok(CLERK, 'shop', 'confirm', { code: confirmed.code })
  expect(errorOf(await call(A, 'shop', 'cancelOrder', { orderId: confirmed.id }))?.code).toBe('CONFLICT')
  const late = await redeemOk(A, TISSUE)
  clock.now += 30 * MINUTE
  expect(errorOf(await call(A, 'shop', 'cancelOrder', { orderId: late.id }))?.code).toBe('EXPIRED')
})

test('should give each open order its own code and reuse a code only once its order has closed', async () => {
  const { redeemOk, clock } = await setupShop()
  const codes = ['11112222', '11112222', '33334444', '11112222']
  jest.spyOn(codeSource, 'next').mockImplementation(() => codes.shift() ?? '99998888')

  const first = await redeemOk(A, TISSUE)
  const second = await redeemOk(A, TISSUE)
  clock.now += 30 * MINUTE
  const third = await redeemOk(A, TISSUE)

  expect([first.code, second.code, third.code]).toEqual(['11112222', '33334444', '11112222'])
})

test('should slow a clerk down after 5 unknown codes in 10 minutes, even for a real code', async () => {
  const { redeemOk, call, clock } = await setupShop()
  const order = await redeemOk(A, TISSUE)
  const guesses = ['00000001', '00000002', '00000003', '00000004', '00000005']

  const misses = []
  for (const code of guesses) misses.push(errorOf(await call(CLERK, 'shop', 'lookup', { code })))
  const blocked = await call(CLERK, 'shop', 'lookup', { code: order.code })
  const otherClerk = await call(OTHER_CLERK, 'shop', 'lookup', { code: '00000009' })
  clock.now += 10 * MINUTE + 1
  const later = await call(CLERK, 'shop', 'lookup', { code: order.code })

  expect(misses.map((m) => m?.code)).toEqual(Array(5).fill('NOT_FOUND'))
  expect(misses[0]?.message).toContain('还可再试 4 次')
  expect(errorOf(blocked)).toEqual({
    code: 'PERMISSION_DENIED',
    message: '兑换码输错次数过多，请 10 分钟后再试',
  })
  expect(errorOf(otherClerk)?.code).toBe('NOT_FOUND')
  expect(later.ok).toBe(true)
})

test('should sum a day’s confirmations for the clerk’s shop only', async () => {
  const { redeemOk, ok, call, clock, fund } = await setupShop()
  await fund(A, 200)
  const one = await redeemOk(A, EGGS, 2)
  const two = await redeemOk(A, TISSUE)
  const elsewhere = await redeemOk(A, 'goods-06')
  await ok(CLERK, 'shop', 'confirm', { code: one.code })
  clock.now += MINUTE
  await ok(CLERK, 'shop', 'confirm', { code: two.code })
  await ok(OTHER_CLERK, 'shop', 'confirm', { code: elsewhere.code })

  const today = await ok(CLERK, 'shop', 'clerkSummary')
  const other = await ok(CLERK, 'shop', 'clerkSummary', { date: '2026-07-19' })

  expect(today).toMatchObject({ date: '2026-07-20', count: 2, points: 80 })
  expect(today.items.map((o) => o.id)).toEqual([two.id, one.id])
  expect(other).toEqual({ date: '2026-07-19', count: 0, points: 0, items: [] })
  expect(errorOf(await call(CLERK, 'shop', 'clerkSummary', { date: '2026/07/19' }))?.code).toBe(
    'INVALID_ARGUMENT',
  )
  expect(errorOf(await call(A, 'shop', 'clerkSummary'))?.code).toBe('PERMISSION_DENIED')
})

test('should cancel open holds and unlink orders when the resident deletes the account', async () => {
  const { redeemOk, ok, db, stock, ledgerSum } = await setupShop()
  const open = await redeemOk(A, EGGS)
  const done = await redeemOk(A, TISSUE)
  await ok(CLERK, 'shop', 'confirm', { code: done.code })

  await ok(A, 'user', 'deleteAccount')

  expect(await db.get('orders', open.id)).toMatchObject({ status: 'cancelled', openid: null })
  expect(await db.get('orders', done.id)).toMatchObject({ status: 'confirmed', openid: null })
  expect(await stock(EGGS)).toBe(40)
  expect(JSON.stringify(await db.query('orders'))).not.toContain(A)
  expect(await ledgerSum()).toBe(0)
  await ok(CLERK, 'user', 'deleteAccount')
  expect(JSON.stringify(await db.query('orders'))).not.toContain(CLERK)
  expect(JSON.stringify(await db.query('clerkGuards'))).not.toContain(CLERK)
})

test('should settle a lapsed order as expired, not cancelled, when the resident deletes the account', async () => {
  const { redeemOk, ok, call, db, clock, stock } = await setupShop()
  const lapsed = await redeemOk(A, EGGS)
  clock.now = lapsed.expiresAt + 5 * MINUTE

  await ok(A, 'user', 'deleteAccount')

  expect(await db.get('orders', lapsed.id)).toMatchObject({
    status: 'expired',
    closedAt: lapsed.expiresAt,
    openid: null,
  })
  const [release] = (await db.query('transfers')).filter((t) => t.type === 'void')
  expect(release).toMatchObject({ at: lapsed.expiresAt, reason: '兑换码超时，积分已退回' })
  expect(await stock(EGGS)).toBe(40)
  expect(errorOf(await call(CLERK, 'shop', 'lookup', { code: lapsed.code }))?.code).toBe('EXPIRED')
})

test('should answer INVALID_ARGUMENT for a malformed code and not count it as a miss', async () => {
  const { call, snapshot } = await setupShop()
  const before = snapshot()

  for (const code of ['1234567', '123456789', 'abcdefgh', '']) {
    expect(errorOf(await call(CLERK, 'shop', 'lookup', { code }))).toEqual({
      code: 'INVALID_ARGUMENT',
      message: '兑换码是 8 位数字',
    })
  }
  expect(snapshot()).toEqual(before)
})

test('should answer the owner one order by id as it is now, and no one else', async () => {
  const { redeemOk, call, ok, clock, balance } = await setupShop()
  const order = await redeemOk(A, EGGS)

  expect(await ok(A, 'shop', 'order', { orderId: order.id })).toEqual(order)
  expect(errorOf(await call(B, 'shop', 'order', { orderId: order.id }))?.code).toBe('PERMISSION_DENIED')
  expect(errorOf(await call(A, 'shop', 'order', { orderId: 'order-x' }))?.code).toBe('NOT_FOUND')
  expect(errorOf(await call(A, 'shop', 'order', {}))?.code).toBe('INVALID_ARGUMENT')
  await ok(CLERK, 'shop', 'confirm', { code: order.code })
  expect(await ok(A, 'shop', 'order', { orderId: order.id })).toMatchObject({ status: 'confirmed' })
  const late = await redeemOk(A, TISSUE)
  clock.now += 30 * MINUTE
  expect(await ok(A, 'shop', 'order', { orderId: late.id })).toMatchObject({
    status: 'expired',
    closedAt: late.expiresAt,
  })
  expect(await balance(A)).toMatchObject({ held: 0 })
})

test('should settle only the caller’s due orders, never reading other residents’ orders', async () => {
  const { redeemOk, db, ok, clock } = await setupShop()
  const mine = await redeemOk(A, EGGS)
  await db.transaction(async (tx) => {
    for (let i = 0; i < 300; i += 1) {
      await tx.insert('orders', {
        _id: `order-other-${i}`,
        code: String(20_000_000 + i),
        openid: `someone-${i}`,
        requestId: `req-other-${i}`,
        shopId: 'shop-yj-xinhua',
        shopName: '易捷便利店',
        goodsId: 'goods-other',
        goodsName: '他人的兑换',
        unitPoints: 1,
        quantity: 1,
        points: 1,
        transferId: `tr-other-${i}`,
        status: i % 2 ? 'confirmed' : 'pending',
        createdAt: START,
        expiresAt: START + (i % 2 ? 0 : 60) * MINUTE,
      })
    }
  })
  clock.now += 31 * MINUTE
  const parsed = await parsesOf('他人的兑换', async () => {
    await ok(A, 'points', 'balance')
    await ok(A, 'shop', 'myOrders', {})
  })
  expect(parsed).toBe(0)
  expect((await db.get('orders', mine.id))?.status).toBe('expired')
})
