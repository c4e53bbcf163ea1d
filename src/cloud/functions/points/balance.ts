import type { Balance } from '../../../contract/points'
import { balanceFromTotals } from '../../ledger/accounts'
import { withKindTotals } from '../../ledger/transfers'
import { defineAction } from '../../runtime/action'
import { emptyInput } from '../../runtime/validate'
import { settleExpired } from '../shop/settle'

/**
 * `points.balance` {} → { available, held, earned, spent }: held = pending debits; earned = posted
 * 'earn' credits; spent = posted 'redeem' debits − posted 'refund' credits, all read from the
 * account's running totals (no transfer is read). The caller's expired redemptions release their
 * hold first. A caller without a record has all zeros. Errors: INTERNAL only.
 */
export const balance = defineAction({
  input: emptyInput,
  async handler({ db, openid, now }): Promise<Balance> {
    await settleExpired(db, now(), { openid })
    const user = await db.get('users', openid)
    const found = user && (await db.get('accounts', user.accountId))
    if (!found) return { available: 0, held: 0, earned: 0, spent: 0 }
    const account = await withKindTotals(db, found)
    const { available, held } = balanceFromTotals(account)
    return { available, held, earned: account.earned, spent: account.spent }
  },
})
