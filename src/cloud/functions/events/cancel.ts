import * as v from 'valibot'

import { BOOKING_RULES, type CancelResult } from '../../../contract/events'
import { id } from '../../../contract/schemas/events'
import type { BookingDoc } from '../../db/schema'
import { defineAction } from '../../runtime/action'
import { CloudError } from '../../runtime/errors'
import { bookingView, must, release } from './model'

const open = (b: BookingDoc, now: number): boolean =>
  now <= b.startAt - (b.type === 'session' ? BOOKING_RULES.sessionCancelMs : BOOKING_RULES.shuttleCancelMs)

/**
 * `events.cancel` { bookingId, withLinked? } → the cancelled Booking + `linked`: the live shuttle
 * bookings linked to it. With `withLinked` those are cancelled too (each that is still before its
 * own cutoff). Allowed until 2 h before a session or 30 min before a departure; the seats go back.
 * Errors: INVALID_ARGUMENT, NOT_FOUND, PERMISSION_DENIED (someone else's booking), CONFLICT
 * (already cancelled or used), WINDOW_CLOSED (past the cutoff).
 */
export const cancel = defineAction({
  input: v.object({ bookingId: id, withLinked: v.optional(v.boolean()) }),
  async handler({ db, openid, now }, { bookingId, withLinked }): Promise<CancelResult> {
    const booking = must(await db.get('bookings', bookingId), '预约')
    if (booking.openid !== openid) throw new CloudError('PERMISSION_DENIED', '只能取消自己的预约')
    if (booking.status !== 'booked') {
      throw new CloudError('CONFLICT', booking.status === 'used' ? '已核验的预约不能取消' : '这条预约已取消')
    }
    if (!open(booking, now())) {
      throw new CloudError(
        'WINDOW_CLOSED',
        `已过取消时间（${booking.sessionId ? '开场前 2 小时' : '发车前 30 分钟'}截止）`,
      )
    }
    const cancelled = await release(db, booking, now())
    const linked: BookingDoc[] = []
    for (const ride of await db.query('bookings', { linkedBookingId: bookingId, status: 'booked' })) {
      linked.push(withLinked && open(ride, now()) ? await release(db, ride, now()) : ride)
    }
    return { ...bookingView(cancelled), linked: linked.map(bookingView) }
  },
})
