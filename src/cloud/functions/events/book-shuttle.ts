import { bookShuttleInput } from '../../../contract/schemas/events'
import { defineAction } from '../../runtime/action'
import { CloudError } from '../../runtime/errors'
import { chinaDate, createBooking, findDeparture, isLive, must, requireProfile } from './model'

/**
 * `events.bookShuttle` { departureId, seats (1–4), requestId (8–64), linkedBookingId? } → Booking.
 * Closes at departure. A linked booking must be the caller's own live booking of a session (a
 * concert or other session, never another shuttle booking) of the same event on the same day. The
 * code comes from the cloud's random source. Idempotent on `requestId` per caller
 * (runtime/idempotency.ts): a repeat answers the first booking exactly as first answered and takes
 * no more seats.
 * Errors: INVALID_ARGUMENT (fields; the same requestId with other input; a link to a shuttle
 * booking, or to another event or day — what the link names can never fit, whatever its state, so
 * it is the input that is wrong, not a CONFLICT), PROFILE_REQUIRED, PERMISSION_DENIED (someone
 * else's booking), NOT_FOUND (departure or linked booking), CONFLICT (linked booking not live; the
 * caller already holds this departure), WINDOW_CLOSED (departed), QUOTA_EXCEEDED (not enough seats
 * left).
 */
export const bookShuttle = defineAction({
  input: bookShuttleInput,
  idempotent: true,
  async handler(ctx, { departureId, seats, linkedBookingId }) {
    const { db, openid } = ctx
    await requireProfile(ctx)
    const { event, departure } = await findDeparture(db, departureId)
    if (linkedBookingId) {
      const linked = must(await db.get('bookings', linkedBookingId), '预约')
      if (linked.openid !== openid) throw new CloudError('PERMISSION_DENIED', '只能关联自己的预约')
      if (linked.type !== 'session')
        throw new CloudError('INVALID_ARGUMENT', '只能关联场次预约，不能关联另一张班车票')
      if (linked.eventId !== event._id || chinaDate(linked.startAt) !== chinaDate(departure.departAt)) {
        throw new CloudError('INVALID_ARGUMENT', '只能关联同一天的本活动预约')
      }
      if (linked.status !== 'booked') throw new CloudError('CONFLICT', '关联的预约已取消或已使用')
    }
    if (ctx.now() >= departure.departAt) throw new CloudError('WINDOW_CLOSED', '这班车已发车')
    if ((await db.query('bookings', { openid, departureId })).some(isLive)) {
      throw new CloudError('CONFLICT', '你已预约过这班车')
    }
    const left = departure.seatsLeft
    if (seats > left) throw new CloudError('QUOTA_EXCEEDED', `座位不足，剩余 ${left}`)
    await db.set('departures', { _id: departureId, booked: departure.capacity - left + seats })
    return createBooking(ctx, {
      type: 'shuttle',
      eventId: event._id,
      eventTitle: event.title,
      departureId,
      title: `${departure.from} → ${departure.to}`,
      startAt: departure.departAt,
      seats,
      ...(linkedBookingId ? { linkedBookingId } : {}),
    })
  },
})
