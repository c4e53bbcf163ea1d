export interface EventSummary {
  id: string
  title: string
  place: string
  /** 'YYYY-MM-DD', China time. */
  startDate: string
  endDate: string
  hasShuttle: boolean
  summary: string
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
} as const
