import * as v from 'valibot'

import { id } from '../../../contract/schemas/events'
import { defineAction } from '../../runtime/action'
import { departuresOn, must } from './model'

/**
 * `events.shuttles` { eventId, date: 'YYYY-MM-DD' } → that day's departures, outward ones first,
 * each direction in time order, with seats left, `direction` and `fits` (fits the day's session);
 * empty on a day without a session or for an event without a shuttle.
 * Errors: INVALID_ARGUMENT (eventId, date), NOT_FOUND (no such event).
 */
export const shuttles = defineAction({
  input: v.object({ eventId: id, date: v.pipe(v.string(), v.regex(/^\d{4}-\d\d-\d\d$/)) }),
  async handler({ db }, { eventId, date }) {
    return departuresOn(db, must(await db.get('events', eventId), '活动'), date)
  },
})
