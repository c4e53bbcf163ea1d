import * as v from 'valibot'

import type { EventDetail } from '../../../contract/events'
import { id } from '../../../contract/schemas/events'
import { defineAction } from '../../runtime/action'
import { summaryOf } from './list'
import { must } from './model'

/**
 * `events.detail` { eventId } → the event with all its sessions (past ones included), in time
 * order, each with its seats left. Errors: INVALID_ARGUMENT (eventId), NOT_FOUND (no such event).
 */
export const detail = defineAction({
  input: v.object({ eventId: id }),
  async handler({ db, now }, { eventId }): Promise<EventDetail> {
    const event = must(await db.get('events', eventId), '活动')
    const sessions = (await db.query('sessions', { eventId })).sort((a, b) => a.startAt - b.startAt)
    return {
      ...summaryOf(event, sessions, now()),
      sessions: sessions.map(({ _id, eventId: _e, booked, ...s }) => ({
        id: _id,
        ...s,
        seatsLeft: s.capacity - booked,
      })),
    }
  },
})
