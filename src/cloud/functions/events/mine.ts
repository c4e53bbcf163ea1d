import * as v from 'valibot'

import type { BookingDoc } from '../../db/schema'
import { defineAction } from '../../runtime/action'
import { paginate, type Keyset } from '../../runtime/paginate'
import { pageQuery } from '../../runtime/validate'
import { HOUR, bookingView } from './model'

/** A live booking stays "to use" until this long after its start (a concert lasts 1.5 h). */
const IN_USE = 2 * HOUR

/**
 * `events.mine` { cursor?, limit? } → a page of the caller's bookings in the order they are used:
 * the live ones still ahead first, soonest first (the bus out, the concert, the bus back), then the
 * rest (used, cancelled, past), latest first. Errors: INVALID_ARGUMENT (limit, cursor).
 */
export const mine = defineAction({
  input: v.object(pageQuery),
  async handler({ db, openid, now }, page) {
    const ahead = (b: BookingDoc) => b.status === 'booked' && b.startAt + IN_USE > now()
    const docs = await db.query('bookings', { openid })
    const keyset: Keyset<BookingDoc> = {
      key: (b) => (ahead(b) ? [0, b.startAt, b.createdAt, b._id] : [1, -b.startAt, b.createdAt, b._id]),
      order: ['asc', 'asc', 'asc', 'asc'],
    }
    const { items, nextCursor } = paginate(docs, keyset, page)
    return { items: items.map(bookingView), nextCursor }
  },
})
