import * as v from 'valibot'

import type { ClerkSummary } from '../../../contract/shop'
import { defineAction } from '../../runtime/action'
import { chinaTime, orderView, requireClerk } from './orders'

/**
 * `shop.clerkSummary` (clerk) { date?: 'YYYY-MM-DD' (China time; default today) } → the clerk's
 * shop's confirmations that day, newest first, with their count and points.
 * Errors: INVALID_ARGUMENT (date), PERMISSION_DENIED (not a clerk).
 */
export const clerkSummary = defineAction({
  input: v.object({
    date: v.optional(v.pipe(v.string(), v.regex(/^\d{4}-\d\d-\d\d$/, '日期应为 YYYY-MM-DD'))),
  }),
  async handler({ db, openid, now }, input): Promise<ClerkSummary> {
    const clerk = await requireClerk(db, openid)
    const date = input.date || chinaTime(now()).slice(0, 10)
    const items = (await db.query('orders', { shopId: clerk.clerkShopId, status: 'confirmed' }))
      .filter((o) => chinaTime(o.confirmedAt || 0).startsWith(date))
      .sort((a, b) => (b.confirmedAt || 0) - (a.confirmedAt || 0))
      .map(orderView)
    return { date, count: items.length, points: items.reduce((sum, o) => sum + o.points, 0), items }
  },
})
