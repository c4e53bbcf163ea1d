import * as v from 'valibot'

import { BOOKING_RULES as R } from '../events'
import { requestId } from './common'

const SEATS = `每次可约 ${R.seatsMin}–${R.seatsMax} 人`
const TICKET = '准考证号为 6–20 位字母或数字'

export const id = v.pipe(v.string(), v.minLength(1), v.maxLength(80))

const seats = v.pipe(
  v.number(SEATS),
  v.integer(SEATS),
  v.minValue(R.seatsMin, SEATS),
  v.maxValue(R.seatsMax, SEATS),
)

/** An exam ticket (trimmed, upper-cased); `events.book` requires one for a session marked `requires`. */
export const examTicketField = v.pipe(
  v.string('请填写准考证号（6–20 位字母或数字）'),
  v.trim(),
  v.regex(R.examTicketPattern, TICKET),
  v.toUpperCase(),
)

/** `events.book` */
export const bookInput = v.object({
  sessionId: id,
  seats,
  requestId,
  examTicket: v.optional(examTicketField),
})

/** `events.bookShuttle` */
export const bookShuttleInput = v.object({
  departureId: id,
  seats,
  requestId,
  linkedBookingId: v.optional(id),
})

/** The booking sheet's part of `book` and `bookShuttle`; the exam ticket is required where the session requires one. */
export const bookingSheetInput = (needsTicket: boolean) =>
  v.object({ seats, requestId, examTicket: needsTicket ? examTicketField : v.optional(examTicketField) })
