import type { LedgerKind } from '../../contract/points'
import type { Role } from '../../contract/user'
import type { Database, Tx } from './database'

export interface SystemDoc {
  _id: 'notice'
  text: string
}

export interface StreetDoc {
  _id: string
  name: string
  order: number
}

export interface CommunityDoc {
  _id: string
  name: string
  streetId: string
  order: number
}

export interface ShopDoc {
  _id: string
  name: string
  streetId: string
  communityId: string
  address: string
  hours: string
}

export type InviteDoc =
  { _id: string; role: 'staff'; communityId: string } | { _id: string; role: 'clerk'; shopId: string }

export interface UserDoc {
  _id: string
  accountId: string
  profile: { name: string; phone: string; communityId?: string } | null
  roles: Role[]
  staffCommunityId?: string
  clerkShopId?: string
  elderMode: boolean
  createdAt: number
}

export type AccountType = 'resident' | 'shop' | 'issuer'

/** Running totals, kept in step with `transfers` inside the same transaction. */
export interface AccountDoc {
  _id: string
  type: AccountType
  label?: string
  debitsPosted: number
  creditsPosted: number
  debitsPending: number
  creditsPending: number
  createdAt: number
}

/** Immutable. `post` and `void` reference the `pending` transfer they settle. */
export interface TransferDoc {
  _id: string
  type: 'single' | 'pending' | 'post' | 'void'
  debitAccountId: string
  creditAccountId: string
  amount: number
  kind: LedgerKind
  reason: string
  ref?: { type: string; id: string }
  pendingId?: string
  at: number
}

export interface NewsDoc {
  _id: string
  streetId: string
  street: string
  title: string
  summary: string
  body: string
  publishedAt: number
}

/** Hourly departures both ways on every day the event has a session; generated, never stored. */
export interface ShuttlePlan {
  from: string
  to: string
  capacity: number
  /** First and last departure hour (China time), outward and back. */
  out: [number, number]
  back: [number, number]
}

export interface EventDoc {
  _id: string
  title: string
  place: string
  summary: string
  startDate: string
  endDate: string
  shuttle?: ShuttlePlan
}

export interface SessionDoc {
  _id: string
  eventId: string
  title: string
  startAt: number
  endAt: number
  capacity: number
  /** Seats held by live bookings, kept in step with `bookings` inside the same transaction. */
  booked: number
  requires?: 'examTicket'
}

/** Seats held on one departure; created with its first booking. */
export interface DepartureDoc {
  _id: string
  booked: number
}

export interface BookingDoc {
  _id: string
  code: string
  /** '' once the owner has deleted the account. */
  openid: string
  type: 'session' | 'shuttle'
  eventId: string
  eventTitle: string
  sessionId?: string
  departureId?: string
  title: string
  startAt: number
  seats: number
  status: 'booked' | 'cancelled' | 'used'
  linkedBookingId?: string
  examTicket?: string
  requestId?: string
  /** The input of the first request, to refuse a repeat of `requestId` with different input. */
  request?: string
  createdAt: number
  usedAt?: number
  cancelledAt?: number
}

export interface Collections {
  system: SystemDoc
  streets: StreetDoc
  communities: CommunityDoc
  shops: ShopDoc
  invites: InviteDoc
  users: UserDoc
  accounts: AccountDoc
  transfers: TransferDoc
  news: NewsDoc
  events: EventDoc
  sessions: SessionDoc
  departures: DepartureDoc
  bookings: BookingDoc
}

export const COLLECTIONS: readonly (keyof Collections)[] = [
  'system',
  'streets',
  'communities',
  'shops',
  'invites',
  'users',
  'accounts',
  'transfers',
  'news',
  'events',
  'sessions',
  'departures',
  'bookings',
]

export type CloudTx = Tx<Collections>
export type CloudDb = Database<Collections>
