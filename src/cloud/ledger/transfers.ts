import type { LedgerKind } from '../../contract/points'
import type { AccountDoc, CloudTx, TransferDoc } from '../db/schema'
import { CloudError } from '../runtime/errors'
import { balanceFromTotals } from './accounts'

export interface TransferInput {
  debitAccountId: string
  creditAccountId: string
  amount: number
  kind: LedgerKind
  /** Plain Chinese words the resident reads in the ledger. */
  reason: string
  ref?: { type: string; id: string }
  /** Holds the amount (two-phase) instead of posting it at once. */
  pending?: boolean
  at: number
}

type Totals = Pick<AccountDoc, 'debitsPosted' | 'creditsPosted' | 'debitsPending' | 'creditsPending'> &
  Required<Pick<AccountDoc, 'earned' | 'spent'>>

/** What a posted transfer adds to `earned` and `spent` on the given side. */
function kindDelta(
  t: Pick<TransferDoc, 'kind' | 'amount'>,
  side: 'debit' | 'credit',
): { earned: number; spent: number } {
  if (side === 'credit' && t.kind === 'earn') return { earned: t.amount, spent: 0 }
  if (side === 'debit' && t.kind === 'redeem') return { earned: 0, spent: t.amount }
  if (side === 'credit' && t.kind === 'refund') return { earned: 0, spent: -t.amount }
  return { earned: 0, spent: 0 }
}

const ENTRY_ORDER = [
  ['at', 'desc'],
  ['_id', 'desc'],
] as const

/**
 * The account with `earned` and `spent`; on an account stored before they existed, computes them
 * once from its posted transfers (through the indexes) and stores them.
 */
export async function withKindTotals(
  tx: CloudTx,
  found: AccountDoc,
): Promise<AccountDoc & Pick<Totals, 'earned' | 'spent'>> {
  if (found.earned !== undefined && found.spent !== undefined)
    return { ...found, earned: found.earned, spent: found.spent }
  let earned = 0
  let spent = 0
  for (const side of ['debit', 'credit'] as const) {
    for (const type of ['single', 'post'] as const) {
      for (const t of await tx.query('transfers', { [`${side}AccountId`]: found._id, type })) {
        const delta = kindDelta(t, side)
        earned += delta.earned
        spent += delta.spent
      }
    }
  }
  await tx.update('accounts', found._id, { earned, spent })
  return { ...found, earned, spent }
}

async function account(tx: CloudTx, id: string): Promise<AccountDoc> {
  const found = await tx.get('accounts', id)
  if (!found) throw new Error(`no account ${id}`)
  return withKindTotals(tx, found)
}

async function addTotals(tx: CloudTx, id: string, delta: Partial<Totals>): Promise<void> {
  const current = (await account(tx, id)) as AccountDoc & Totals
  const patch: Partial<Totals> = {}
  for (const [field, amount] of Object.entries(delta) as [keyof Totals, number][]) {
    patch[field] = current[field] + amount
  }
  await tx.update('accounts', id, patch)
}

/**
 * Records a transfer: posted at once, or pending (held) when `pending` is set. A resident or
 * shop account cannot be debited beyond its available points (INSUFFICIENT_POINTS); an issuer
 * account (a 街道's 信用基金) may go below zero.
 */
export async function createTransfer(tx: CloudTx, input: TransferInput): Promise<TransferDoc> {
  if (!Number.isSafeInteger(input.amount) || input.amount <= 0)
    throw new Error('amount must be a positive integer')
  if (input.debitAccountId === input.creditAccountId) throw new Error('debit and credit accounts must differ')
  if (input.reason.trim() === '') throw new Error('a transfer needs a reason')
  // before the transfer exists, so that totals computed for an older account do not count it
  const debit = await account(tx, input.debitAccountId)
  await account(tx, input.creditAccountId)
  const { available } = balanceFromTotals(debit)
  if (debit.type !== 'issuer' && available < input.amount) {
    throw new CloudError(
      'INSUFFICIENT_POINTS',
      `可用积分不足：需要 ${input.amount} 分，当前可用 ${available} 分`,
    )
  }
  const transfer: TransferDoc = {
    _id: tx.newId('tr'),
    type: input.pending ? 'pending' : 'single',
    debitAccountId: input.debitAccountId,
    creditAccountId: input.creditAccountId,
    amount: input.amount,
    kind: input.kind,
    reason: input.reason,
    ref: input.ref,
    at: input.at,
  }
  await tx.insert('transfers', transfer)
  if (input.pending) {
    await addTotals(tx, debit._id, { debitsPending: input.amount })
    await addTotals(tx, input.creditAccountId, { creditsPending: input.amount })
  } else {
    await addTotals(tx, debit._id, { debitsPosted: input.amount, ...kindDelta(input, 'debit') })
    await addTotals(tx, input.creditAccountId, { creditsPosted: input.amount, ...kindDelta(input, 'credit') })
  }
  return transfer
}

/** The post or void transfer that settled a pending one, if any. */
export async function settlementOf(tx: CloudTx, pendingId: string): Promise<TransferDoc | null> {
  const [settlement] = await tx.query('transfers', { pendingId })
  return settlement ?? null
}

interface SettleOptions {
  at: number
  kind?: LedgerKind
  reason?: string
}

async function settle(
  tx: CloudTx,
  pendingId: string,
  type: 'post' | 'void',
  options: SettleOptions,
): Promise<TransferDoc> {
  const pending = await tx.get('transfers', pendingId)
  if (!pending || pending.type !== 'pending') throw new CloudError('NOT_FOUND', '没有找到这笔冻结中的积分')
  const settled = await settlementOf(tx, pendingId)
  if (settled) {
    throw new CloudError(
      'CONFLICT',
      settled.type === 'post' ? '这笔积分已经扣除，不能再次处理' : '这笔积分已经退回，不能再次处理',
    )
  }
  await account(tx, pending.debitAccountId)
  await account(tx, pending.creditAccountId)
  const transfer: TransferDoc = {
    _id: tx.newId('tr'),
    type,
    debitAccountId: pending.debitAccountId,
    creditAccountId: pending.creditAccountId,
    amount: pending.amount,
    kind: options.kind ?? pending.kind,
    reason: options.reason ?? pending.reason,
    ref: pending.ref,
    pendingId,
    at: options.at,
  }
  await tx.insert('transfers', transfer)
  const posted = type === 'post' ? pending.amount : 0
  const none = { earned: 0, spent: 0 }
  await addTotals(tx, pending.debitAccountId, {
    debitsPending: -pending.amount,
    debitsPosted: posted,
    ...(type === 'post' ? kindDelta(transfer, 'debit') : none),
  })
  await addTotals(tx, pending.creditAccountId, {
    creditsPending: -pending.amount,
    creditsPosted: posted,
    ...(type === 'post' ? kindDelta(transfer, 'credit') : none),
  })
  return transfer
}

/** Posts a pending transfer in full. A settled one is CONFLICT, an unknown one NOT_FOUND. */
export const postPending = (tx: CloudTx, pendingId: string, options: SettleOptions) =>
  settle(tx, pendingId, 'post', options)

/** Releases a pending transfer's hold. A settled one is CONFLICT, an unknown one NOT_FOUND. */
export const voidPending = (tx: CloudTx, pendingId: string, options: SettleOptions) =>
  settle(tx, pendingId, 'void', options)

/**
 * The account's entry transfers ('single' and 'pending', either side), newest first (`at`, then
 * id), strictly after the `after` key: at most `limit`, through four ordered, limited index reads.
 */
export async function entryTransfersOf(
  tx: CloudTx,
  accountId: string,
  page: { limit: number; after?: [at: number, id: string] },
): Promise<TransferDoc[]> {
  const found: TransferDoc[] = []
  for (const side of ['debitAccountId', 'creditAccountId'] as const) {
    for (const type of ['single', 'pending'] as const) {
      found.push(
        ...(await tx.query(
          'transfers',
          { [side]: accountId, type },
          { orderBy: ENTRY_ORDER, limit: page.limit, after: page.after },
        )),
      )
    }
  }
  return found
    .sort((a, b) => b.at - a.at || (a._id < b._id ? 1 : a._id > b._id ? -1 : 0))
    .slice(0, page.limit)
}

/** Every transfer that debits or credits the account, newest first. */
export async function transfersOf(tx: CloudTx, accountId: string): Promise<TransferDoc[]> {
  const debits = await tx.query('transfers', { debitAccountId: accountId }, { orderBy: ENTRY_ORDER })
  const credits = await tx.query('transfers', { creditAccountId: accountId }, { orderBy: ENTRY_ORDER })
  return [...debits, ...credits].sort((a, b) => b.at - a.at || (a._id < b._id ? 1 : a._id > b._id ? -1 : 0))
}
