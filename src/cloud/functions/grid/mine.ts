import * as v from 'valibot'

import { defineAction } from '../../runtime/action'
import { paginate } from '../../runtime/paginate'
import { pageQuery } from '../../runtime/validate'
import { communityName, ticketView } from './tickets'

/**
 * `grid.mine` { cursor?, limit? } → a page of the caller's own tickets, newest first (photos left
 * out; `photoCount` says how many). Errors: INVALID_ARGUMENT (limit, cursor).
 */
export const mine = defineAction({
  input: v.object(pageQuery),
  async handler({ db, openid, now }, page) {
    const tickets = await db.query('tickets', { reporterId: openid })
    const { items, nextCursor } = paginate(
      tickets,
      { key: (t) => [t.createdAt, t._id], order: ['desc', 'desc'] },
      page,
    )
    const views = []
    for (const t of items) {
      views.push(ticketView(t, await communityName(db, t.communityId), now(), { kind: 'reporter' }))
    }
    return { items: views, nextCursor }
  },
})
