import type { LedgerEntry } from '../../../../contract/points'
import { shopAccountId } from '../../../ledger/accounts'
import { createTransfer, postPending, voidPending } from '../../../ledger/transfers'
import { START, parsesOf, setupCloud } from '../../../__tests__/harness'

const RESIDENT = 'demo-resident-a'

async function setupHistory() {
  const env = setupCloud()
  await env.ok(RESIDENT, 'user', 'login')
  const user = await env.db.get('users', RESIDENT)
  const accountId = user?.accountId ?? ''
  const hold = (amount: number, at: number, orderId: string) =>
    env.db.transaction((tx) =>
      createTransfer(tx, {
        debitAccountId: accountId,
        creditAccountId: shopAccountId('shop-yj-xinhua'),
        amount,
        kind: 'redeem',
        reason: '兑换 金龙鱼大米',
        ref: { type: 'order', id: orderId },
        pending: true,
        at,
      }),
    )
  const posted = await hold(30, START + 1_000, 'o1')
  const voided = await hold(20, START + 2_000, 'o2')
  const open = await hold(10, START + 3_000, 'o3')
  await env.db.transaction((tx) => postPending(tx, posted._id, { at: START + 5_000 }))
  await env.db.transaction((tx) => voidPending(tx, voided._id, { at: START + 6_000, reason: '订单已取消' }))
  return { ...env, ids: { posted: posted._id, voided: voided._id, open: open._id } }
}

test('should show the seeded opening balance for the demo resident', async () => {
  const { ok } = setupCloud()

  const balance = await ok(RESIDENT, 'points', 'balance')
  const ledger = await ok(RESIDENT, 'points', 'ledger')

  expect(balance).toEqual({ available: 120, held: 0, earned: 120, spent: 0 })
  expect(ledger.items).toEqual([
    expect.objectContaining({ amount: 120, status: 'posted', kind: 'earn', reason: '往期志愿服务积分转入' }),
  ])
  expect(ledger.nextCursor).toBeNull()
})

test('should answer zeros and an empty ledger for a caller with no points', async () => {
  const { ok } = setupCloud()

  expect(await ok('stranger', 'points', 'balance')).toEqual({ available: 0, held: 0, earned: 0, spent: 0 })
  expect(await ok('stranger', 'points', 'ledger')).toEqual({ items: [], nextCursor: null })
})

test('should count held and spent points from pending, posted and voided holds', async () => {
  const { ok } = await setupHistory()

  expect(await ok(RESIDENT, 'points', 'balance')).toEqual({ available: 80, held: 10, earned: 120, spent: 30 })
})

test('should fold post and void into the original entry, signed from the resident side', async () => {
  const { ok, ids } = await setupHistory()

  const { items } = await ok(RESIDENT, 'points', 'ledger')

  const pick = ({ id, amount, status, settledAt, ref }: LedgerEntry) => ({
    id,
    amount,
    status,
    settledAt,
    ref,
  })
  expect(items.map(pick)).toEqual([
    { id: ids.open, amount: -10, status: 'pending', settledAt: undefined, ref: { type: 'order', id: 'o3' } },
    {
      id: ids.voided,
      amount: -20,
      status: 'voided',
      settledAt: START + 6_000,
      ref: { type: 'order', id: 'o2' },
    },
    {
      id: ids.posted,
      amount: -30,
      status: 'posted',
      settledAt: START + 5_000,
      ref: { type: 'order', id: 'o1' },
    },
    expect.objectContaining({ amount: 120, status: 'posted' }),
  ])
})

test('should page the ledger newest first with a cursor', async () => {
  const { ok } = await setupHistory()
  const all = await ok(RESIDENT, 'points', 'ledger', { limit: 50 })

  const first = await ok(RESIDENT, 'points', 'ledger', { limit: 3 })
  const second = await ok(RESIDENT, 'points', 'ledger', { limit: 3, cursor: first.nextCursor ?? undefined })

  expect(first.items).toEqual(all.items.slice(0, 3))
  expect(second).toEqual({ items: all.items.slice(3), nextCursor: null })
})

test('should show a resident only their own entries', async () => {
  const { ok } = await setupHistory()

  await ok('demo-resident-b', 'user', 'login')

  expect(await ok('demo-resident-b', 'points', 'ledger')).toEqual({ items: [], nextCursor: null })
})

test('should answer an account stored without running totals from its transfers, and store them once', async () => {
  const { ok, db } = await setupHistory()
  const { accountId } = (await db.get('users', RESIDENT)) ?? { accountId: '' }
  const stored = await db.get('accounts', accountId)
  await db.set('accounts', { ...stored!, earned: undefined, spent: undefined })

  expect(await ok(RESIDENT, 'points', 'balance')).toEqual({ available: 80, held: 10, earned: 120, spent: 30 })
  expect(await db.get('accounts', accountId)).toEqual(expect.objectContaining({ earned: 120, spent: 30 }))
})

test('should keep the running totals right when an account without them gets a new transfer', async () => {
  const { ok, db, ids } = await setupHistory()
  const { accountId } = (await db.get('users', RESIDENT)) ?? { accountId: '' }
  const stored = await db.get('accounts', accountId)
  await db.set('accounts', { ...stored!, earned: undefined, spent: undefined })

  await db.transaction((tx) => postPending(tx, ids.open, { at: START + 7_000 }))

  expect(await ok(RESIDENT, 'points', 'balance')).toEqual({ available: 80, held: 0, earned: 120, spent: 40 })
})

test('should read only the page’s transfers, however long the history', async () => {
  const { ok, db } = setupCloud()
  await ok(RESIDENT, 'user', 'login')
  const { accountId } = (await db.get('users', RESIDENT)) ?? { accountId: '' }
  await db.transaction(async (tx) => {
    for (let i = 0; i < 300; i += 1) {
      await tx.insert('transfers', {
        _id: `tr-old-${String(i).padStart(4, '0')}`,
        type: 'single',
        debitAccountId: 'issuer:jincheng',
        creditAccountId: i % 2 ? accountId : 'acct-someone-else',
        amount: 1,
        kind: 'earn',
        reason: '志愿服务：旧活动',
        at: START - 1_000_000 + i,
      })
    }
  })
  const parsed = await parsesOf('"tr-old-', async () => {
    const page = await ok(RESIDENT, 'points', 'ledger', { limit: 5 })
    expect(page.items).toHaveLength(5)
  })
  expect(parsed).toBeLessThanOrEqual(4 * 6)
})
