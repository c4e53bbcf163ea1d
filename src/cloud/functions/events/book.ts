import * as v from 'valibot'

import { BOOKING_RULES } from '../../../contract/events'
import type { BookingDoc } from '../../db/schema'
import { defineAction } from '../../runtime/action'
import { CloudError } from '../../runtime/errors'
import {
  bookingView,
  idSchema,
  isLive,
  newCode,
  repeated,
  requestIdSchema,
  requireProfile,
  seatsSchema,
  sessionOf,
} from './model'

const TICKET_RULE = '准考证号为 6–20 位字母或数字'

/**
 * `events.book` { sessionId, seats (1–4), requestId (8–64), examTicket? } → Booking with an 8-digit
 * entry code. Booking closes at the session's start. A session that requires an exam ticket takes
 * one live booking per ticket for the whole event. A repeated `requestId` answers the first booking.
 * Errors: INVALID_ARGUMENT (fields; exam ticket missing or malformed where required; a repeated
 * requestId with other input), PROFILE_REQUIRED, NOT_FOUND (session), WINDOW_CLOSED (started),
 * CONFLICT (the caller already holds this session; the exam ticket is already booked),
 * QUOTA_EXCEEDED (not enough seats left).
 */
export const book = defineAction({
  input: v.object({
    sessionId: idSchema('场次'),
    seats: seatsSchema,
    requestId: requestIdSchema,
    examTicket: v.optional(
      v.pipe(
        v.string(TICKET_RULE),
        v.trim(),
        v.regex(BOOKING_RULES.examTicketPattern, TICKET_RULE),
        v.toUpperCase(),
      ),
    ),
  }),
  async handler(ctx, input) {
    const { db, openid } = ctx
    const request = JSON.stringify([input.sessionId, input.seats, input.examTicket ?? null])
    const again = await repeated(ctx, input.requestId, request)
    if (again) return again
    await requireProfile(ctx)
    const session = await sessionOf(db, input.sessionId)
    const examTicket = session.requires === 'examTicket' ? input.examTicket : undefined
    if (session.requires === 'examTicket' && !examTicket) {
      throw new CloudError('INVALID_ARGUMENT', '这个场次需要填写准考证号')
    }
    if (ctx.now() >= session.startAt) throw new CloudError('WINDOW_CLOSED', '该场次已开始，停止预约')
    const mine = await db.query('bookings', { openid, sessionId: session._id })
    if (mine.some(isLive)) throw new CloudError('CONFLICT', '你已预约过这个场次')
    if (examTicket) {
      const used = (await db.query('bookings', { eventId: session.eventId, examTicket })).some(isLive)
      if (used) throw new CloudError('CONFLICT', '这个准考证号本季已预约过，每张准考证限约一次')
    }
    const left = session.capacity - session.booked
    if (input.seats > left) {
      throw new CloudError('QUOTA_EXCEEDED', left > 0 ? `名额不足，仅剩 ${left} 个` : '该场次已约满')
    }
    const booking: BookingDoc = {
      _id: db.newId('bk'),
      code: await newCode(db),
      openid,
      type: 'session',
      eventId: session.eventId,
      sessionId: session._id,
      title: session.title,
      startAt: session.startAt,
      seats: input.seats,
      status: 'booked',
      ...(examTicket ? { examTicket } : {}),
      requestId: input.requestId,
      request,
      createdAt: ctx.now(),
    }
    await db.insert('bookings', booking)
    await db.update('sessions', session._id, { booked: session.booked + input.seats })
    return bookingView(db, booking)
  },
})
