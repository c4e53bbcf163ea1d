import * as v from 'valibot'

import { BOOKING_RULES, type CancelResult } from '../../../contract/events'
import type { BookingDoc } from '../../db/schema'
import { defineAction } from '../../runtime/action'
import { CloudError } from '../../runtime/errors'
import { bookingView, idSchema, release } from './model'

const cutoff = (b: BookingDoc): number =>
  b.startAt - (b.type === 'session' ? BOOKING_RULES.sessionCancelMs : BOOKING_RULES.shuttleCancelMs)

/**
 * `events.cancel` { bookingId, withLinked? } → the cancelled Booking + `linked`: the live shuttle
 * bookings linked to it. With `withLinked` those are cancelled too (each that is still before its
 * own cutoff). Allowed until 2 h before a session or 30 min before a departure; the seats go back.
 * Errors: INVALID_ARGUMENT, NOT_FOUND, PERMISSION_DENIED (someone else's booking), CONFLICT
 * (already cancelled or used), WINDOW_CLOSED (past the cutoff).
 */
export const cancel = defineAction({
  input: v.object({ bookingId: idSchema('预约编号'), withLinked: v.optional(v.boolean()) }),
  async handler({ db, openid, now }, { bookingId, withLinked }): Promise<CancelResult> {
    const booking = await db.get('bookings', bookingId)
    if (!booking) throw new CloudError('NOT_FOUND', '没有找到这条预约')
    if (booking.openid !== openid) throw new CloudError('PERMISSION_DENIED', '只能取消自己的预约')
    if (booking.status === 'cancelled') throw new CloudError('CONFLICT', '这条预约已经取消过了')
    if (booking.status === 'used') throw new CloudError('CONFLICT', '这条预约已核验使用，不能取消')
    if (now() > cutoff(booking)) {
      const rule = booking.type === 'session' ? '开场前 2 小时' : '发车前 30 分钟'
      throw new CloudError('WINDOW_CLOSED', `已过取消时间（${rule}截止）`)
    }
    const cancelled = await release(db, booking, now())
    const linked: BookingDoc[] = []
    for (const shuttle of await db.query('bookings', { linkedBookingId: bookingId, status: 'booked' })) {
      linked.push(withLinked && now() <= cutoff(shuttle) ? await release(db, shuttle, now()) : shuttle)
    }
    const view = await bookingView(db, cancelled)
    return { ...view, linked: await Promise.all(linked.map((b) => bookingView(db, b))) }
  },
})
