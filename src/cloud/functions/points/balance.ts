import type { Balance } from '../../../contract/points'
import { balanceFromTotals } from '../../ledger/accounts'
import { transfersOf } from '../../ledger/transfers'
import { defineAction } from '../../runtime/action'
import { emptyInput } from '../../runtime/validate'
import { settleExpired } from '../shop/settle'

/**
 * `points.balance` {} → { available, held, earned, spent }: held = pending debits; earned = posted
 * 'earn' credits; spent = posted 'redeem' debits − posted 'refund' credits. The caller's expired
 * redemptions release their hold first. A caller without a record has all zeros. Errors: INTERNAL only.
 */
export const balance = defineAction({
  input: emptyInput,
  async handler({ db, openid, now }): Promise<Balance> {
    await settleExpired(db, now(), { openid })
    const user = await db.get('users', openid)
    const account = user && (await db.get('accounts', user.accountId))
    if (!account) return { available: 0, held: 0, earned: 0, spent: 0 }
    let earned = 0
    let spent = 0
    for (const t of await transfersOf(db, account._id)) {
      if (t.type !== 'single' && t.type !== 'post') continue
      const credit = t.creditAccountId === account._id
      if (credit && t.kind === 'earn') earned += t.amount
      if (!credit && t.kind === 'redeem') spent += t.amount
      if (credit && t.kind === 'refund') spent -= t.amount
    }
    const { available, held } = balanceFromTotals(account)
    return { available, held, earned, spent }
  },
})
