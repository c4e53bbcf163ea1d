import * as v from 'valibot'

import type { BookingDoc } from '../../db/schema'
import { defineAction } from '../../runtime/action'
import { CloudError } from '../../runtime/errors'
import {
  bookingView,
  chinaDate,
  findDeparture,
  idSchema,
  isLive,
  newCode,
  repeated,
  requestIdSchema,
  requireProfile,
  seatsSchema,
} from './model'

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
  input: v.object({
    departureId: idSchema('班次'),
    seats: seatsSchema,
    requestId: requestIdSchema,
    linkedBookingId: v.optional(idSchema('关联预约')),
  }),
  async handler(ctx, input) {
    const { db, openid } = ctx
    const request = JSON.stringify([input.departureId, input.seats, input.linkedBookingId ?? null])
    const again = await repeated(ctx, input.requestId, request)
    if (again) return again
    await requireProfile(ctx)
    const { event, departure } = await findDeparture(db, input.departureId)
    if (input.linkedBookingId) {
      const linked = await db.get('bookings', input.linkedBookingId)
      if (!linked) throw new CloudError('NOT_FOUND', '没有找到要关联的预约')
      if (linked.openid !== openid) throw new CloudError('PERMISSION_DENIED', '只能关联自己的预约')
      if (linked.type !== 'session' || linked.eventId !== event._id) {
        throw new CloudError('INVALID_ARGUMENT', '班车只能关联同一活动的场次预约')
      }
      if (chinaDate(linked.startAt) !== chinaDate(departure.departAt)) {
        throw new CloudError('INVALID_ARGUMENT', '班车日期与所关联的场次不是同一天')
      }
      if (linked.status !== 'booked') throw new CloudError('CONFLICT', '所关联的预约已取消或已使用')
    }
    if (ctx.now() >= departure.departAt) throw new CloudError('WINDOW_CLOSED', '这班车已发车，停止预约')
    const mine = await db.query('bookings', { openid, departureId: departure.id })
    if (mine.some(isLive)) throw new CloudError('CONFLICT', '你已预约过这班车')
    if (input.seats > departure.seatsLeft) {
      const left = departure.seatsLeft
      throw new CloudError('QUOTA_EXCEEDED', left > 0 ? `座位不足，仅剩 ${left} 个` : '这班车已约满')
    }
    const booking: BookingDoc = {
      _id: db.newId('bk'),
      code: await newCode(db),
      openid,
      type: 'shuttle',
      eventId: event._id,
      departureId: departure.id,
      title: `${departure.from} → ${departure.to}`,
      startAt: departure.departAt,
      seats: input.seats,
      status: 'booked',
      ...(input.linkedBookingId ? { linkedBookingId: input.linkedBookingId } : {}),
      requestId: input.requestId,
      request,
      createdAt: ctx.now(),
    }
    await db.insert('bookings', booking)
    const held = departure.capacity - departure.seatsLeft
    await db.set('departures', { _id: departure.id, booked: held + input.seats })
    return bookingView(db, booking)
  },
})
