import * as v from 'valibot'

import { BOOKING_RULES, type Booking, type Departure } from '../../../contract/events'
import type { BookingDoc, CloudTx, EventDoc, SessionDoc, UserDoc } from '../../db/schema'
import type { ActionContext } from '../../runtime/action'
import { CloudError } from '../../runtime/errors'

export const HOUR = 3_600_000
const CHINA = 8 * HOUR

/** 'YYYY-MM-DD' in China time. */
export const chinaDate = (ms: number): string => new Date(ms + CHINA).toISOString().slice(0, 10)

/** 'M月D日 HH:mm' in China time, for messages. */
export function chinaClock(ms: number): string {
  const d = new Date(ms + CHINA)
  const hm = d.toISOString().slice(11, 16)
  return `${d.getUTCMonth() + 1}月${d.getUTCDate()}日 ${hm}`
}

export const atChina = (date: string, hour: number): number =>
  Date.parse(`${date}T${String(hour).padStart(2, '0')}:00:00+08:00`)

const DEPARTURE_ID = /^(.+)~(\d{4}-\d{2}-\d{2})~(\d{2})~(out|back)$/

export const departureId = (eventId: string, date: string, hour: number, dir: 'out' | 'back'): string =>
  `${eventId}~${date}~${String(hour).padStart(2, '0')}~${dir}`

/** The departures of an event's shuttle on one date (none when the event has no session that day). */
export async function departuresOn(tx: CloudTx, event: EventDoc, date: string): Promise<Departure[]> {
  const plan = event.shuttle
  if (!plan) return []
  const sessions = await tx.query('sessions', { eventId: event._id })
  if (!sessions.some((s) => chinaDate(s.startAt) === date)) return []
  const list: Departure[] = []
  for (const dir of ['out', 'back'] as const) {
    const [first, last] = plan[dir]
    for (let hour = first; hour <= last; hour++) {
      const id = departureId(event._id, date, hour, dir)
      const held = (await tx.get('departures', id))?.booked ?? 0
      list.push({
        id,
        departAt: atChina(date, hour),
        from: dir === 'out' ? plan.from : plan.to,
        to: dir === 'out' ? plan.to : plan.from,
        capacity: plan.capacity,
        seatsLeft: plan.capacity - held,
      })
    }
  }
  return list.sort((a, b) => a.departAt - b.departAt)
}

/** A departure by id, with its event; NOT_FOUND for an id that names no departure. */
export async function findDeparture(
  tx: CloudTx,
  id: string,
): Promise<{ event: EventDoc; departure: Departure }> {
  const match = DEPARTURE_ID.exec(id)
  const event = match && (await tx.get('events', match[1]))
  const departure = event && (await departuresOn(tx, event, match[2])).find((d) => d.id === id)
  if (!event || !departure) throw new CloudError('NOT_FOUND', '没有找到这班班车')
  return { event, departure }
}

export async function sessionOf(tx: CloudTx, id: string): Promise<SessionDoc> {
  const session = await tx.get('sessions', id)
  if (!session) throw new CloudError('NOT_FOUND', '没有找到这个场次')
  return session
}

export async function eventOf(tx: CloudTx, id: string): Promise<EventDoc> {
  const event = await tx.get('events', id)
  if (!event) throw new CloudError('NOT_FOUND', '没有找到这个活动')
  return event
}

export async function requireProfile(ctx: ActionContext): Promise<UserDoc> {
  const user = await ctx.db.get('users', ctx.openid)
  if (!user?.profile) throw new CloudError('PROFILE_REQUIRED')
  return user
}

export async function bookingView(tx: CloudTx, doc: BookingDoc): Promise<Booking> {
  const event = await tx.get('events', doc.eventId)
  return {
    id: doc._id,
    code: doc.code,
    type: doc.type,
    sessionId: doc.sessionId,
    departureId: doc.departureId,
    seats: doc.seats,
    status: doc.status,
    linkedBookingId: doc.linkedBookingId,
    eventId: doc.eventId,
    eventTitle: event?.title ?? '',
    title: doc.title,
    startAt: doc.startAt,
    createdAt: doc.createdAt,
    usedAt: doc.usedAt,
    cancelledAt: doc.cancelledAt,
  }
}

/**
 * The caller's earlier booking made with this `requestId`, or null. A repeat with different input
 * is INVALID_ARGUMENT.
 */
export async function repeated(
  ctx: ActionContext,
  requestId: string,
  request: string,
): Promise<Booking | null> {
  const [first] = await ctx.db.query('bookings', { openid: ctx.openid, requestId })
  if (!first) return null
  if (first.request !== request) throw new CloudError('INVALID_ARGUMENT', '重复提交的预约内容与第一次不一致')
  return bookingView(ctx.db, first)
}

/** An 8-digit entry code no other booking has. */
export async function newCode(tx: CloudTx): Promise<string> {
  for (;;) {
    const code = String(Math.floor(Math.random() * 90_000_000) + 10_000_000)
    if ((await tx.query('bookings', { code })).length === 0) return code
  }
}

export const isLive = (b: BookingDoc): boolean => b.status !== 'cancelled'

/** Marks a live booking cancelled and gives its seats back to the session or departure. */
export async function release(tx: CloudTx, booking: BookingDoc, at: number): Promise<BookingDoc> {
  const next: BookingDoc = { ...booking, status: 'cancelled', cancelledAt: at }
  await tx.set('bookings', next)
  if (booking.sessionId) {
    const session = await tx.get('sessions', booking.sessionId)
    if (session) await tx.update('sessions', session._id, { booked: session.booked - booking.seats })
  } else if (booking.departureId) {
    const seats = await tx.get('departures', booking.departureId)
    if (seats) await tx.update('departures', seats._id, { booked: seats.booked - booking.seats })
  }
  return next
}

export const seatsSchema = v.pipe(
  v.number('请选择人数'),
  v.integer('人数必须是整数'),
  v.minValue(BOOKING_RULES.seatsMin, `每次预约 ${BOOKING_RULES.seatsMin}–${BOOKING_RULES.seatsMax} 人`),
  v.maxValue(BOOKING_RULES.seatsMax, `每次预约 ${BOOKING_RULES.seatsMin}–${BOOKING_RULES.seatsMax} 人`),
)
export const requestIdSchema = v.pipe(
  v.string('缺少请求编号'),
  v.minLength(8, '请求编号需为 8–64 个字符'),
  v.maxLength(64, '请求编号需为 8–64 个字符'),
)
export const idSchema = (label: string) =>
  v.pipe(v.string(`缺少${label}`), v.minLength(1, `缺少${label}`), v.maxLength(80))
