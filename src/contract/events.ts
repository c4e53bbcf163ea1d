import type { Place } from './place'
export interface EventSummary {
  id: string
  title: string
  place: string
  /** 'YYYY-MM-DD', China time. */
  startDate: string
  endDate: string
  hasShuttle: boolean
  summary: string
  /** Where it happens, on the map. */
  location?: Place
  /** Start of the next session that can still be booked; null when none is left. */
  nextStartAt: number | null
}

export interface SessionView {
  id: string
  title: string
  startAt: number
  endAt: number
  capacity: number
  seatsLeft: number
  requires?: 'examTicket'
}

export interface EventDetail extends EventSummary {
  sessions: SessionView[]
}

export interface Departure {
  id: string
  departAt: number
  from: string
  to: string
  capacity: number
  seatsLeft: number
  /** 'out' to the event, 'back' from it. */
  direction: 'out' | 'back'
  /** Fits the day's session: arrives in time for its start (out) or leaves after its end (back). */
  fits: boolean
}

export type BookingStatus = 'booked' | 'cancelled' | 'used'

export interface Booking {
  id: string
  code: string
  type: 'session' | 'shuttle'
  sessionId?: string
  departureId?: string
  seats: number
  status: BookingStatus
  linkedBookingId?: string
  eventId: string
  eventTitle: string
  /** The session's title, or the shuttle's route ("城区 → 刘村"). */
  title: string
  /** The session's start or the departure time. */
  startAt: number
  createdAt: number
  usedAt?: number
  cancelledAt?: number
}

/** What `verify` shows the staff member at the entrance or the bus door. */
export interface VerifiedBooking extends Booking {
  /** The booker's name, masked (王**). */
  bookerMasked: string
  /** The exam ticket of a 高考 picking booking, to compare with the student's own. */
  examTicket?: string
}

export interface BookInput {
  sessionId: string
  seats: number
  requestId: string
  examTicket?: string
}

export interface BookShuttleInput {
  departureId: string
  seats: number
  requestId: string
  linkedBookingId?: string
}

export type CancelResult = Booking & { linked: Booking[] }

/** Shared by the cloud's checks and the booking sheet. */
export const BOOKING_RULES = {
  seatsMin: 1,
  seatsMax: 4,
  examTicketPattern: /^[A-Za-z0-9]{6,20}$/,
  /** Cancel until this long before a session's start … */
  sessionCancelMs: 2 * 3_600_000,
  /** … or a departure. */
  shuttleCancelMs: 30 * 60_000,
  /** Entry is verified from this long before a session or departure … */
  verifyBeforeMs: 2 * 3_600_000,
  /** … until a session's end, or this long after a departure. */
  verifyAfterDepartureMs: 3_600_000,
} as const

const DAY = 86_400_000

/** The grape-music market: 19 July – 19 September each year, 16 concerts at 19:00–20:30, one every 4 days from the opening. */
export const GRAPE_SEASON = { opens: '07-19', closes: '09-19', concerts: 16, everyDays: 4 } as const

/** The starts of a year's 16 concerts (epoch ms). */
export function grapeConcerts(year: number): number[] {
  const opening = Date.parse(`${year}-${GRAPE_SEASON.opens}T19:00:00+08:00`)
  return Array.from({ length: GRAPE_SEASON.concerts }, (_, i) => opening + i * GRAPE_SEASON.everyDays * DAY)
}

/**
 * The year whose season the app shows at `now`: a season stays until a day before its last session
 * starts, then the next one is shown (so there is always a session ahead to book and cancel).
 */
export function seasonYear(now: number, lastStart: (year: number) => number): number {
  let year = new Date(now + 8 * 3_600_000).getUTCFullYear() - 1
  while (lastStart(year) - DAY <= now) year += 1
  return year
}

export const grapeSeasonYear = (now: number): number =>
  seasonYear(now, (year) => grapeConcerts(year)[GRAPE_SEASON.concerts - 1])

/**
 * Where 演示工具 jumps: to the moment entry checking opens for the next concert not yet started
 * (or `now`, when it is already open), in the season shown at `now`.
 */
export function nextConcertCheck(now: number): { at: number; startAt: number; index: number } {
  const concerts = grapeConcerts(grapeSeasonYear(now))
  const index = concerts.findIndex((start) => start > now)
  const startAt = concerts[index]
  return { at: Math.max(now, startAt - BOOKING_RULES.verifyBeforeMs), startAt, index }
}
