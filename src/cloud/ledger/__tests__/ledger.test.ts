import { createDatabase } from '../../db/database'
import { COLLECTIONS, type CloudDb, type CloudTx, type Collections } from '../../db/schema'
import { createMemoryStorage } from '../../db/storage'
import { CloudError } from '../../runtime/errors'
import { balanceOf, issuerAccountId, openAccount, shopAccountId } from '../accounts'
import { createTransfer, postPending, transfersOf, voidPending, type TransferInput } from '../transfers'

const AT = 1_000

async function setupLedger(opening = 10) {
  const db: CloudDb = createDatabase<Collections>(createMemoryStorage(), COLLECTIONS)
  db.open(AT)
  const resident = await db.transaction(async (tx) => {
    await openAccount(tx, { id: issuerAccountId('jincheng'), type: 'issuer', at: AT })
    await openAccount(tx, { id: shopAccountId('yj'), type: 'shop', at: AT })
    const account = await openAccount(tx, { type: 'resident', at: AT })
    if (opening > 0) await createTransfer(tx, earn(account._id, opening))
    return account._id
  })
  return { db, resident, issuer: issuerAccountId('jincheng'), shop: shopAccountId('yj') }
}

function earn(to: string, amount: number): TransferInput {
  return {
    debitAccountId: issuerAccountId('jincheng'),
    creditAccountId: to,
    amount,
    kind: 'earn',
    reason: '志愿服务',
    at: AT,
  }
}

function hold(from: string, amount: number): TransferInput {
  return {
    debitAccountId: from,
    creditAccountId: shopAccountId('yj'),
    amount,
    kind: 'redeem',
    reason: '兑换',
    pending: true,
    at: AT,
  }
}

async function invariants(db: CloudDb) {
  const accounts = await db.query('accounts')
  const transfers = await db.query('transfers')
  let sum = 0
  for (const account of accounts) {
    sum += account.creditsPosted - account.debitsPosted
    const mine = (side: 'debitAccountId' | 'creditAccountId', types: string[]) =>
      transfers
        .filter((t) => t[side] === account._id && types.includes(t.type))
        .reduce((total, t) => total + (t.type === 'void' ? -t.amount : t.amount), 0)
    const posted = (side: 'debitAccountId' | 'creditAccountId') => mine(side, ['single', 'post'])
    const pending = (side: 'debitAccountId' | 'creditAccountId') =>
      mine(side, ['pending']) - mine(side, ['post']) + mine(side, ['void'])
    expect(account.debitsPosted).toBe(posted('debitAccountId'))
    expect(account.creditsPosted).toBe(posted('creditAccountId'))
    expect(account.debitsPending).toBe(pending('debitAccountId'))
    if (account.type !== 'issuer')
      expect(account.creditsPosted - account.debitsPosted - account.debitsPending).toBeGreaterThanOrEqual(0)
  }
  expect(sum).toBe(0)
  expect(new Set(transfers.map((t) => t._id)).size).toBe(transfers.length)
}

const codeOf = (error: unknown) => (error instanceof CloudError ? error.code : String(error))

test('should post an earning from the issuer, which goes below zero while the sum stays zero', async () => {
  const { db, resident, issuer } = await setupLedger(0)

  await db.transaction((tx) => createTransfer(tx, earn(resident, 30)))

  expect(await db.transaction((tx) => balanceOf(tx, resident))).toEqual({
    balance: 30,
    available: 30,
    held: 0,
  })
  expect(await db.transaction((tx) => balanceOf(tx, issuer))).toEqual({
    balance: -30,
    available: -30,
    held: 0,
  })
  await invariants(db)
})

test('should hold points while pending, then post them to the shop', async () => {
  const { db, resident, shop } = await setupLedger(10)
  const pending = await db.transaction((tx) => createTransfer(tx, hold(resident, 4)))

  expect(await db.transaction((tx) => balanceOf(tx, resident))).toEqual({
    balance: 10,
    available: 6,
    held: 4,
  })
  const post = await db.transaction((tx) => postPending(tx, pending._id, { at: AT + 1 }))

  expect(post).toMatchObject({ type: 'post', pendingId: pending._id, amount: 4 })
  expect(post._id).not.toBe(pending._id)
  expect(await db.transaction((tx) => balanceOf(tx, resident))).toEqual({ balance: 6, available: 6, held: 0 })
  expect(await db.transaction((tx) => balanceOf(tx, shop))).toEqual({ balance: 4, available: 4, held: 0 })
  await invariants(db)
})

test('should release the hold when a pending transfer is voided, and refuse to settle it again', async () => {
  const { db, resident } = await setupLedger(10)
  const pending = await db.transaction((tx) => createTransfer(tx, hold(resident, 7)))

  await db.transaction((tx) => voidPending(tx, pending._id, { at: AT + 1, reason: '订单已取消' }))
  const again = await db.transaction((tx) => voidPending(tx, pending._id, { at: AT + 2 })).catch(codeOf)
  const post = await db.transaction((tx) => postPending(tx, pending._id, { at: AT + 2 })).catch(codeOf)
  const unknown = await db.transaction((tx) => voidPending(tx, 'tr-nope', { at: AT + 2 })).catch(codeOf)

  expect([again, post, unknown]).toEqual(['CONFLICT', 'CONFLICT', 'NOT_FOUND'])
  expect(await db.transaction((tx) => balanceOf(tx, resident))).toEqual({
    balance: 10,
    available: 10,
    held: 0,
  })
  expect((await db.query('transfers', { pendingId: pending._id })).length).toBe(1)
  await invariants(db)
})

test('should refuse to take a resident or shop below zero and write nothing', async () => {
  const { db, resident, shop } = await setupLedger(5)
  await db.transaction((tx) => createTransfer(tx, hold(resident, 3)))
  const before = await db.query('transfers')

  const overResident = await db.transaction((tx) => createTransfer(tx, hold(resident, 3))).catch(codeOf)
  const overShop = await db
    .transaction((tx) => createTransfer(tx, { ...earn(resident, 1), debitAccountId: shop }))
    .catch(codeOf)

  expect([overResident, overShop]).toEqual(['INSUFFICIENT_POINTS', 'INSUFFICIENT_POINTS'])
  expect(await db.query('transfers')).toEqual(before)
  expect(await db.transaction((tx) => balanceOf(tx, resident))).toEqual({ balance: 5, available: 2, held: 3 })
  await invariants(db)
})

test('should reject malformed transfers as programming errors', async () => {
  const { db, resident } = await setupLedger(5)
  const attempt = (input: TransferInput) => db.transaction((tx: CloudTx) => createTransfer(tx, input))

  await expect(attempt({ ...earn(resident, 0) })).rejects.toThrow('positive integer')
  await expect(attempt({ ...earn(resident, 1.5) })).rejects.toThrow('positive integer')
  await expect(
    attempt({ ...earn(resident, 1), creditAccountId: issuerAccountId('jincheng') }),
  ).rejects.toThrow('differ')
  await expect(attempt({ ...earn(resident, 1), reason: ' ' })).rejects.toThrow('reason')
  await expect(attempt({ ...earn('acct-missing', 1) })).rejects.toThrow('no account')
  await invariants(db)
})

test('should keep transfers immutable and list them newest first with unique ids', async () => {
  const { db, resident } = await setupLedger(10)
  const first = await db.transaction((tx) => createTransfer(tx, { ...hold(resident, 2), at: AT + 5 }))
  await db.transaction((tx) => postPending(tx, first._id, { at: AT + 9 }))

  const all = await db.transaction((tx) => transfersOf(tx, resident))

  expect(all.map((t) => [t.type, t.at])).toEqual([
    ['post', AT + 9],
    ['pending', AT + 5],
    ['single', AT],
  ])
  expect(await db.get('transfers', first._id)).toEqual(first)
  await invariants(db)
})

test('should let exactly 10 of 100 concurrent 1-point holds through when 10 are available', async () => {
  const { db, resident } = await setupLedger(10)

  const outcomes = await Promise.all(
    Array.from({ length: 100 }, () =>
      db.transaction((tx) => createTransfer(tx, hold(resident, 1))).then(() => 'ok', codeOf),
    ),
  )

  expect(outcomes.filter((o) => o === 'ok')).toHaveLength(10)
  expect(outcomes.filter((o) => o === 'INSUFFICIENT_POINTS')).toHaveLength(90)
  expect(await db.transaction((tx) => balanceOf(tx, resident))).toEqual({
    balance: 10,
    available: 0,
    held: 10,
  })
  expect((await db.query('transfers')).filter((t) => t.type === 'pending')).toHaveLength(10)
  await invariants(db)
})

test('should oversell when the same transfer code races outside a transaction (negative control)', async () => {
  const { db, resident } = await setupLedger(10)

  const outcomes = await Promise.all(
    Array.from({ length: 100 }, () => createTransfer(db, hold(resident, 1)).then(() => 'ok', codeOf)),
  )

  const held = (await db.query('transfers'))
    .filter((t) => t.type === 'pending')
    .reduce((sum, t) => sum + t.amount, 0)
  expect(outcomes.filter((o) => o === 'ok').length).toBeGreaterThan(10)
  expect(held).toBeGreaterThan(10)
})
