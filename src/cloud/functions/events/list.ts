import type { EventSummary } from '../../../contract/events'
import type { EventDoc, SessionDoc } from '../../db/schema'
import { defineAction } from '../../runtime/action'
import { emptyInput } from '../../runtime/validate'

export function summaryOf(
  { _id, shuttle, ...event }: EventDoc,
  sessions: SessionDoc[],
  now: number,
): EventSummary {
  const next = Math.min(...sessions.filter((s) => s.startAt > now).map((s) => s.startAt))
  return { id: _id, ...event, hasShuttle: Boolean(shuttle), nextStartAt: next < Infinity ? next : null }
}

/**
 * `events.list` {} → every event, those with the soonest bookable session first (events with none
 * left come last). Errors: INTERNAL only.
 */
export const list = defineAction({
  input: emptyInput,
  async handler({ db, now }) {
    const sessions = await db.query('sessions')
    const key = (e: EventSummary) => e.nextStartAt ?? Infinity
    return (await db.query('events'))
      .map((e) =>
        summaryOf(
          e,
          sessions.filter((s) => s.eventId === e._id),
          now(),
        ),
      )
      .sort((a, b) => key(a) - key(b))
  },
})
