import type { Booking, Departure } from '../../../contract/events'
import type { BookingDoc, CloudTx, EventDoc, SessionDoc } from '../../db/schema'
import type { ActionContext } from '../../runtime/action'
import { CloudError } from '../../runtime/errors'
import { randomBelow } from '../../runtime/random'

export const HOUR = 3_600_000
const CHINA = 8 * HOUR

/** 'YYYY-MM-DD' in China time. */
export const chinaDate = (ms: number): string => new Date(ms + CHINA).toISOString().slice(0, 10)

/** 'YYYY-MM-DD HH:mm' in China time, for messages. */
export const chinaClock = (ms: number): string =>
  new Date(ms + CHINA).toISOString().slice(0, 16).replace('T', ' ')

/** '7月23日 17:00' in China time, for messages people read. */
export const chinaMoment = (ms: number): string => {
  const [, month, day, time] = /^\d{4}-(\d\d)-(\d\d) (.+)$/.exec(chinaClock(ms)) ?? []
  return `${Number(month)}月${Number(day)}日 ${time}`
}

/** 王秀兰 → 王**. */
export const maskName = (name: string): string => name.slice(0, 1) + '*'.repeat(Math.max(1, name.length - 1))

export const atChina = (date: string, hour: number): number =>
  Date.parse(`${date}T00:00:00+08:00`) + hour * HOUR

/** The document, or NOT_FOUND naming what is missing. */
export function must<T>(doc: T | null | undefined, what: string): T {
  if (!doc) throw new CloudError('NOT_FOUND', `没有找到这个${what}`)
  return doc
}

/** Departure ids name the event, the date, the hour and the direction: `ev-grape~2026-07-20~09~out`. */
const DEPARTURE_ID = /^(.+)~(\d{4}-\d\d-\d\d)~(\d\d)~(out|back)$/

/** A ride takes under an hour: an outward bus fits a session starting 1–3 h after it leaves, a return one leaving within 2 h of its end. */
const fits = (dir: 'out' | 'back', departAt: number, s: SessionDoc): boolean =>
  dir === 'out'
    ? departAt >= s.startAt - 3 * HOUR && departAt <= s.startAt - HOUR
    : departAt >= s.endAt && departAt <= s.endAt + 2 * HOUR

/**
 * The departures of an event's shuttle on one date: hourly both ways on a day with a session, else
 * none; outward ones first, each direction in time order, marked where they fit the day's session.
 */
export async function departuresOn(tx: CloudTx, event: EventDoc, date: string): Promise<Departure[]> {
  const plan = event.shuttle
  const sessions = (await tx.query('sessions', { eventId: event._id })).filter(
    (s) => chinaDate(s.startAt) === date,
  )
  if (!plan || sessions.length === 0) return []
  const held = new Map((await tx.query('departures')).map((d) => [d._id, d.booked]))
  const list: Departure[] = []
  for (const dir of ['out', 'back'] as const) {
    for (let hour = plan[dir][0]; hour <= plan[dir][1]; hour++) {
      const id = `${event._id}~${date}~${String(hour).padStart(2, '0')}~${dir}`
      const [from, to] = dir === 'out' ? [plan.from, plan.to] : [plan.to, plan.from]
      const departAt = atChina(date, hour)
      list.push({
        id,
        departAt,
        from,
        to,
        capacity: plan.capacity,
        seatsLeft: plan.capacity - (held.get(id) ?? 0),
        direction: dir,
        fits: sessions.some((s) => fits(dir, departAt, s)),
      })
    }
  }
  return list
}

/** A departure by id, with its event; NOT_FOUND for an id that names no departure. */
export async function findDeparture(tx: CloudTx, id: string) {
  const match = DEPARTURE_ID.exec(id)
  const event = match && (await tx.get('events', match[1]))
  const departure = event && (await departuresOn(tx, event, match[2])).find((d) => d.id === id)
  return { event: must(event, '班次'), departure: must(departure, '班次') }
}

export function bookingView(doc: BookingDoc): Booking {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  const { _id, openid, examTicket, requestId, request, ...view } = doc
  return { id: _id, ...view }
}

export const isLive = (b: BookingDoc): boolean => b.status !== 'cancelled'

/** Every booking needs the caller's real-name profile (PROFILE_REQUIRED otherwise). */
export async function requireProfile(ctx: ActionContext): Promise<void> {
  if (!(await ctx.db.get('users', ctx.openid))?.profile) throw new CloudError('PROFILE_REQUIRED')
}

/** Stores a booking under a fresh 8-digit code (from the cloud's random source) no other booking has. */
export async function createBooking(
  ctx: ActionContext,
  fields: Omit<BookingDoc, '_id' | 'code' | 'openid' | 'status' | 'createdAt' | 'requestId' | 'request'>,
): Promise<Booking> {
  let code = ''
  do code = String(randomBelow(ctx.random, 9e7) + 1e7)
  while ((await ctx.db.query('bookings', { code })).length > 0)
  const doc: BookingDoc = {
    _id: ctx.db.newId('bk'),
    code,
    openid: ctx.openid,
    status: 'booked',
    createdAt: ctx.now(),
    ...fields,
  }
  await ctx.db.insert('bookings', doc)
  return bookingView(doc)
}

/** Marks a live booking cancelled and gives its seats back to the session or departure. */
export async function release(tx: CloudTx, booking: BookingDoc, at: number): Promise<BookingDoc> {
  const next: BookingDoc = { ...booking, status: 'cancelled', cancelledAt: at }
  await tx.set('bookings', next)
  const [name, id] = booking.sessionId
    ? (['sessions', booking.sessionId] as const)
    : (['departures', booking.departureId ?? ''] as const)
  const held = await tx.get(name, id)
  if (held) await tx.update(name, id, { booked: held.booked - booking.seats })
  return next
}
