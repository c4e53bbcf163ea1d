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

type Totals = Pick<AccountDoc, 'debitsPosted' | 'creditsPosted' | 'debitsPending' | 'creditsPending'>

async function account(tx: CloudTx, id: string): Promise<AccountDoc> {
  const found = await tx.get('accounts', id)
  if (!found) throw new Error(`no account ${id}`)
  return found
}

async function addTotals(tx: CloudTx, id: string, delta: Partial<Totals>): Promise<void> {
  const current = await account(tx, id)
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
    await addTotals(tx, debit._id, { debitsPosted: input.amount })
    await addTotals(tx, input.creditAccountId, { creditsPosted: input.amount })
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
  await addTotals(tx, pending.debitAccountId, { debitsPending: -pending.amount, debitsPosted: posted })
  await addTotals(tx, pending.creditAccountId, { creditsPending: -pending.amount, creditsPosted: posted })
  return transfer
}

/** Posts a pending transfer in full. A settled one is CONFLICT, an unknown one NOT_FOUND. */
export const postPending = (tx: CloudTx, pendingId: string, options: SettleOptions) =>
  settle(tx, pendingId, 'post', options)

/** Releases a pending transfer's hold. A settled one is CONFLICT, an unknown one NOT_FOUND. */
export const voidPending = (tx: CloudTx, pendingId: string, options: SettleOptions) =>
  settle(tx, pendingId, 'void', options)

/** Every transfer that debits or credits the account, newest first. */
export async function transfersOf(tx: CloudTx, accountId: string): Promise<TransferDoc[]> {
  const debits = await tx.query('transfers', { debitAccountId: accountId })
  const credits = await tx.query('transfers', { creditAccountId: accountId })
  return [...debits, ...credits].sort((a, b) => b.at - a.at || (a._id < b._id ? 1 : a._id > b._id ? -1 : 0))
}
