import * as v from 'valibot'

import { defineAction } from '../../runtime/action'
import { paginate } from '../../runtime/paginate'
import { pageQuery } from '../../runtime/validate'
import { itemOf, placeNames, signupView } from './activities'
import { completedService, yearTotals } from './service'

/**
 * `volunteer.mine` { cursor?, limit? } → a page of `{ activity, signup }` (latest activity first,
 * cancelled sign-ups included) plus `totalMinutes` and `totalPoints` over all of the caller's
 * service and `byYear` (completed service per year, newest first). Errors: INVALID_ARGUMENT (limit, cursor).
 */
export const mine = defineAction({
  input: v.object(pageQuery),
  async handler(ctx, page) {
    const names = await placeNames(ctx.db)
    const rows = []
    let totalMinutes = 0
    let totalPoints = 0
    for (const s of await ctx.db.query('signups', { openid: ctx.openid })) {
      const a = await ctx.db.get('activities', s.activityId)
      if (!a) continue
      totalMinutes += s.minutes ?? 0
      totalPoints += s.pointsAwarded ?? 0
      rows.push({ id: s._id, activity: itemOf(a, names, ctx.now()), signup: signupView(s) })
    }
    const result = paginate(rows, { key: (r) => [r.activity.startAt, r.id], order: ['desc', 'asc'] }, page)
    return {
      items: result.items.map(({ activity, signup }) => ({ activity, signup })),
      nextCursor: result.nextCursor,
      totalMinutes,
      totalPoints,
      byYear: yearTotals(await completedService(ctx.db, ctx.openid)),
    }
  },
})
