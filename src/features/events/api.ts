import type { BookInput, BookShuttleInput } from '@/contract/events'
import { call } from '@/lib/cloud'

export const fetchEvent = (eventId: string) =>
  call('events', 'detail', { eventId }, { expected: ['NOT_FOUND'] })
export const fetchShuttles = (eventId: string, date: string) => call('events', 'shuttles', { eventId, date })
export const fetchMyBookings = (cursor?: string) => call('events', 'mine', { cursor, limit: 10 })

const BOOKING_ERRORS = [
  'PROFILE_REQUIRED',
  'CONFLICT',
  'QUOTA_EXCEEDED',
  'WINDOW_CLOSED',
  'INVALID_ARGUMENT',
] as const
export const bookSession = (input: BookInput) => call('events', 'book', input, { expected: BOOKING_ERRORS })
export const bookShuttle = (input: BookShuttleInput) =>
  call('events', 'bookShuttle', input, { expected: BOOKING_ERRORS })
export const cancelBooking = (bookingId: string, withLinked: boolean) =>
  call('events', 'cancel', { bookingId, withLinked })
export const verifyCode = (code: string) =>
  call(
    'events',
    'verify',
    { code },
    {
      expected: ['CONFLICT', 'NOT_FOUND', 'WINDOW_CLOSED', 'INVALID_ARGUMENT', 'PERMISSION_DENIED'],
    },
  )
