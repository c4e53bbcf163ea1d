import type { AccountDoc, AccountType, CloudTx } from '../db/schema'

export const issuerAccountId = (streetId: string): string => `issuer:${streetId}`
export const shopAccountId = (shopId: string): string => `shop:${shopId}`

export interface AccountBalance {
  /** posted credits − posted debits */
  balance: number
  /** balance − pending debits; never below zero for resident and shop accounts */
  available: number
  /** pending debits */
  held: number
}

export function balanceFromTotals(account: AccountDoc): AccountBalance {
  const balance = account.creditsPosted - account.debitsPosted
  return { balance, available: balance - account.debitsPending, held: account.debitsPending }
}

/**
 * Opens an account with zero totals. Resident accounts get a fresh id that is not derived from
 * the openid, so after 注销 the account and its transfers carry nothing personal.
 */
export async function openAccount(
  tx: CloudTx,
  params: { type: AccountType; at: number; id?: string; label?: string },
): Promise<AccountDoc> {
  const account: AccountDoc = {
    _id: params.id ?? tx.newId('acct'),
    type: params.type,
    label: params.label,
    debitsPosted: 0,
    creditsPosted: 0,
    debitsPending: 0,
    creditsPending: 0,
    earned: 0,
    spent: 0,
    createdAt: params.at,
  }
  await tx.insert('accounts', account)
  return account
}

export async function balanceOf(tx: CloudTx, accountId: string): Promise<AccountBalance> {
  const account = await tx.get('accounts', accountId)
  if (!account) throw new Error(`no account ${accountId}`)
  return balanceFromTotals(account)
}
