import * as v from 'valibot'

import type { LedgerEntry } from '../../../contract/points'
import { transfersOf } from '../../ledger/transfers'
import { defineAction } from '../../runtime/action'
import { paginate } from '../../runtime/paginate'
import { pageQuery } from '../../runtime/validate'
import { settleExpired } from '../shop/settle'

/**
 * `points.ledger` { cursor?, limit? (1–50, default 20) } → a page of the caller's entries, newest
 * first: one per transfer, amount signed from the resident's side. A pending transfer's entry
 * shows 'pending' until it is posted or voided, then that status (and `settledAt`); the post
 * and void transfers themselves are folded into it. The caller's expired redemptions settle first.
 * Errors: INVALID_ARGUMENT (limit, cursor; a cursor that matches no entry).
 */
export const ledger = defineAction({
  input: v.object(pageQuery),
  async handler({ db, openid, now }, page) {
    await settleExpired(db, now(), { openid })
    const user = await db.get('users', openid)
    const transfers = user ? await transfersOf(db, user.accountId) : []
    const settlements = new Map(transfers.flatMap((t) => (t.pendingId ? [[t.pendingId, t] as const] : [])))
    const entries: LedgerEntry[] = transfers
      .filter((t) => t.type === 'single' || t.type === 'pending')
      .map((t) => {
        const settled = settlements.get(t._id)
        return {
          id: t._id,
          at: t.at,
          amount: user && t.debitAccountId === user.accountId ? -t.amount : t.amount,
          status: t.type === 'single' || settled?.type === 'post' ? 'posted' : settled ? 'voided' : 'pending',
          kind: t.kind,
          reason: t.reason,
          ref: t.ref,
          settledAt: settled?.at,
        }
      })
    return paginate(entries, { key: (e) => [e.at, e.id], order: ['desc', 'desc'] }, page)
  },
})
