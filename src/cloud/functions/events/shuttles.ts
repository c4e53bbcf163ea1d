import * as v from 'valibot'

import { defineAction } from '../../runtime/action'
import { departuresOn, eventOf, idSchema } from './model'

/**
 * `events.shuttles` { eventId, date: 'YYYY-MM-DD' } → that day's departures both ways, in time
 * order, with seats left; empty on a day without a session or for an event without a shuttle.
 * Errors: INVALID_ARGUMENT (eventId, date), NOT_FOUND (no such event).
 */
export const shuttles = defineAction({
  input: v.object({
    eventId: idSchema('活动编号'),
    date: v.pipe(v.string('缺少日期'), v.regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD')),
  }),
  async handler({ db }, { eventId, date }) {
    return departuresOn(db, await eventOf(db, eventId), date)
  },
})
