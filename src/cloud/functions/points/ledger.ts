import * as v from 'valibot'

import type { Page } from '../../../contract/envelope'
import type { LedgerEntry } from '../../../contract/points'
import { entryTransfersOf, settlementOf } from '../../ledger/transfers'
import { defineAction } from '../../runtime/action'
import { DEFAULT_PAGE_SIZE, decodeCursor, encodeCursor } from '../../runtime/paginate'
import { pageQuery } from '../../runtime/validate'
import { settleExpired } from '../shop/settle'

const ORDER = ['desc', 'desc'] as const

/**
 * `points.ledger` { cursor?, limit? (1–50, default 20) } → a page of the caller's entries, newest
 * first: one per transfer, amount signed from the resident's side. A pending transfer's entry
 * shows 'pending' until it is posted or voided, then that status (and `settledAt`); the post
 * and void transfers themselves are folded into it. The caller's expired redemptions settle first.
 * Reads only the page's transfers (keyset on `at` and id through the indexes), whatever the
 * history's length. Errors: INVALID_ARGUMENT (limit; a cursor this list did not give).
 */
export const ledger = defineAction({
  input: v.object(pageQuery),
  async handler({ db, openid, now }, page): Promise<Page<LedgerEntry>> {
    const limit = page.limit ?? DEFAULT_PAGE_SIZE
    const after =
      page.cursor === undefined ? undefined : (decodeCursor(page.cursor, ORDER, [0, '']) as [number, string])
    await settleExpired(db, now(), { openid })
    const user = await db.get('users', openid)
    if (!user) return { items: [], nextCursor: null }
    const found = await entryTransfersOf(db, user.accountId, { limit: limit + 1, after })
    const transfers = found.slice(0, limit)
    const items: LedgerEntry[] = []
    for (const t of transfers) {
      const settled = t.type === 'pending' ? await settlementOf(db, t._id) : null
      items.push({
        id: t._id,
        at: t.at,
        amount: t.debitAccountId === user.accountId ? -t.amount : t.amount,
        status: t.type === 'single' || settled?.type === 'post' ? 'posted' : settled ? 'voided' : 'pending',
        kind: t.kind,
        reason: t.reason,
        ref: t.ref,
        settledAt: settled?.at,
      })
    }
    const last = transfers[transfers.length - 1]
    return { items, nextCursor: found.length > limit && last ? encodeCursor([last.at, last._id]) : null }
  },
})
