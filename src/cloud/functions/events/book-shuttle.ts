import { bookShuttleInput } from '../../../contract/schemas/events'
import { defineAction } from '../../runtime/action'
import { CloudError } from '../../runtime/errors'
import { chinaDate, createBooking, findDeparture, isLive, must, repeatOrProfile } from './model'

/**
 * `events.bookShuttle` { departureId, seats (1–4), requestId (8–64), linkedBookingId? } → Booking.
 * Closes at departure. A linked booking must be the caller's own live booking of a session of the
 * same event on the same day. A repeated `requestId` answers the first booking.
 * Errors: INVALID_ARGUMENT (fields; a link to another event or day; a repeated requestId with other
 * input), PROFILE_REQUIRED, PERMISSION_DENIED (someone else's booking), NOT_FOUND (departure or
 * linked booking), CONFLICT (linked booking not live; the caller already holds this departure),
 * WINDOW_CLOSED (departed), QUOTA_EXCEEDED (not enough seats left).
 */
export const bookShuttle = defineAction({
  input: bookShuttleInput,
  async handler(ctx, { departureId, seats, requestId, linkedBookingId }) {
    const { db, openid } = ctx
    const request = JSON.stringify([departureId, seats, linkedBookingId])
    const again = await repeatOrProfile(ctx, requestId, request)
    if (again) return again
    const { event, departure } = await findDeparture(db, departureId)
    if (linkedBookingId) {
      const linked = must(await db.get('bookings', linkedBookingId), '预约')
      if (linked.openid !== openid) throw new CloudError('PERMISSION_DENIED', '只能关联自己的预约')
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
      requestId,
      request,
    })
  },
})
