import type { Page } from './envelope'

/** What a message is about; `link.id` opens it (activity id, order id, ticket number, booking id). */
export type MessageKind = 'activity' | 'order' | 'ticket' | 'booking' | 'question' | 'gig'

/**
 * A message derived from the resident's own sign-ups, orders, tickets and bookings. `id` is stable
 * (`order:<id>:confirmed`, `ticket:<no>:<n>` …), so a read mark keeps to it.
 */
export interface Message {
  id: string
  kind: MessageKind
  at: number
  title: string
  body: string
  read: boolean
  link: { kind: MessageKind; id: string }
}

export type MessagePage = Page<Message> & { unread: number }

/** The moments the weapp asks for WeChat subscribe-message consent. */
export const SUBSCRIBE_TOPICS = ['activity', 'ticket', 'order'] as const
export type SubscribeTopic = (typeof SUBSCRIBE_TOPICS)[number]

export interface Subscription {
  topic: SubscribeTopic
  accepted: boolean
  at: number
}

export const MESSAGE_RULES = {
  /** Messages (and their read marks) older than this are gone. */
  keepDays: 90,
  /** An activity one signed up for: reminded this long before it starts. */
  activityLeadMs: 60 * 60_000,
  /** A pending redemption code: reminded this long before it expires. */
  orderLeadMs: 5 * 60_000,
  /** A booking: reminded this long before it starts. */
  bookingLeadMs: 24 * 60 * 60_000,
  idMax: 100,
} as const
