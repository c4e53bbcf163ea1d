import { bookInput, examTicketField } from '../../../contract/schemas/events'
import { defineAction } from '../../runtime/action'
import { CloudError } from '../../runtime/errors'
import { parseInput } from '../../runtime/validate'
import { createBooking, isLive, must, requireProfile } from './model'

/**
 * `events.book` { sessionId, seats (1–4), requestId (8–64), examTicket? } → Booking with an 8-digit
 * entry code. Booking closes at the session's start. A session that requires an exam ticket takes
 * one live booking per ticket for the whole event. The code comes from the cloud's random source.
 * Idempotent on `requestId` per caller (runtime/idempotency.ts): a repeat answers the first booking
 * exactly as first answered (still `booked`, even once used or cancelled) and takes no more seats.
 * Errors: INVALID_ARGUMENT (fields; exam ticket missing or malformed where required; the same
 * requestId with other input), PROFILE_REQUIRED, NOT_FOUND (session), WINDOW_CLOSED (started),
 * CONFLICT (the caller already holds this session; the exam ticket is already booked),
 * QUOTA_EXCEEDED (not enough seats left).
 */
export const book = defineAction({
  input: bookInput,
  idempotent: true,
  async handler(ctx, { sessionId, seats, examTicket }) {
    const { db, openid } = ctx
    await requireProfile(ctx)
    const session = must(await db.get('sessions', sessionId), '场次')
    const event = must(await db.get('events', session.eventId), '活动')
    const ticket = session.requires ? parseInput(examTicketField, examTicket) : undefined
    if (ctx.now() >= session.startAt) throw new CloudError('WINDOW_CLOSED', '该场次已开始，停止预约')
    if ((await db.query('bookings', { openid, sessionId })).some(isLive)) {
      throw new CloudError('CONFLICT', '你已预约过这个场次')
    }
    if (ticket && (await db.query('bookings', { eventId: event._id, examTicket: ticket })).some(isLive)) {
      throw new CloudError('CONFLICT', '这个准考证号本季已预约过')
    }
    const left = session.capacity - session.booked
    if (seats > left) throw new CloudError('QUOTA_EXCEEDED', `名额不足，剩余 ${left}`)
    await db.update('sessions', sessionId, { booked: session.booked + seats })
    return createBooking(ctx, {
      type: 'session',
      eventId: event._id,
      eventTitle: event.title,
      sessionId,
      title: session.title,
      startAt: session.startAt,
      seats,
      ...(ticket ? { examTicket: ticket } : {}),
    })
  },
})
