import * as v from 'valibot'

import type { EventDetail } from '../../../contract/events'
import { defineAction } from '../../runtime/action'
import { summaryOf } from './list'
import { eventOf, idSchema } from './model'

/**
 * `events.detail` { eventId } → the event with all its sessions (past ones included), in time
 * order, each with its seats left. Errors: INVALID_ARGUMENT (eventId), NOT_FOUND (no such event).
 */
export const detail = defineAction({
  input: v.object({ eventId: idSchema('活动编号') }),
  async handler({ db, now }, { eventId }): Promise<EventDetail> {
    const event = await eventOf(db, eventId)
    const sessions = (await db.query('sessions', { eventId })).sort((a, b) => a.startAt - b.startAt)
    return {
      ...summaryOf(event, sessions, now()),
      description: event.description,
      sessions: sessions.map((s) => ({
        id: s._id,
        title: s.title,
        startAt: s.startAt,
        endAt: s.endAt,
        capacity: s.capacity,
        seatsLeft: s.capacity - s.booked,
        ...(s.requires ? { requires: s.requires } : {}),
      })),
    }
  },
})
