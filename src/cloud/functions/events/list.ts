import type { EventSummary } from '../../../contract/events'
import type { EventDoc, SessionDoc } from '../../db/schema'
import { defineAction } from '../../runtime/action'
import { emptyInput } from '../../runtime/validate'

export function summaryOf(event: EventDoc, sessions: SessionDoc[], now: number): EventSummary {
  const next = sessions.filter((s) => s.startAt > now).sort((a, b) => a.startAt - b.startAt)[0]
  return {
    id: event._id,
    title: event.title,
    place: event.place,
    startDate: event.startDate,
    endDate: event.endDate,
    hasShuttle: Boolean(event.shuttle),
    summary: event.summary,
    nextStartAt: next?.startAt ?? null,
  }
}

/**
 * `events.list` {} → every event, those with the soonest bookable session first (events with none
 * left come last). Errors: INTERNAL only.
 */
export const list = defineAction({
  input: emptyInput,
  async handler({ db, now }) {
    const sessions = await db.query('sessions')
    const items = (await db.query('events')).map((e) =>
      summaryOf(
        e,
        sessions.filter((s) => s.eventId === e._id),
        now(),
      ),
    )
    const key = (e: EventSummary) => e.nextStartAt ?? Number.MAX_SAFE_INTEGER
    return items.sort((a, b) => key(a) - key(b))
  },
})
