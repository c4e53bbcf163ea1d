import * as v from 'valibot'

import { defineAction } from '../../runtime/action'
import { paginate } from '../../runtime/paginate'
import { pageQuery } from '../../runtime/validate'
import { bookingView } from './model'

/**
 * `events.mine` { cursor?, limit? } → a page of the caller's bookings, newest first, cancelled and
 * used ones included. Errors: INVALID_ARGUMENT (limit, cursor).
 */
export const mine = defineAction({
  input: v.object(pageQuery),
  async handler({ db, openid }, page) {
    const docs = await db.query('bookings', { openid })
    return paginate(docs.reverse().map(bookingView), (b) => b.id, page)
  },
})
