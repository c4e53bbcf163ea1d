import * as v from 'valibot'

import type { ClerkSummary } from '../../../contract/shop'
import { defineAction } from '../../runtime/action'
import { chinaDate, orderView, requireClerk } from './orders'

const isDate = (d: string): boolean => {
  const ms = Date.parse(`${d}T00:00:00+08:00`)
  return /^\d{4}-\d{2}-\d{2}$/.test(d) && !Number.isNaN(ms) && chinaDate(ms) === d
}

/**
 * `shop.clerkSummary` (clerk) { date?: 'YYYY-MM-DD' (China time; default today) } → the clerk's
 * shop's confirmations that day, newest first, with their count and points.
 * Errors: INVALID_ARGUMENT (date), PERMISSION_DENIED (not a clerk).
 */
export const clerkSummary = defineAction({
  input: v.object({
    date: v.optional(v.pipe(v.string('日期格式应为 YYYY-MM-DD'), v.check(isDate, '日期格式应为 YYYY-MM-DD'))),
  }),
  async handler({ db, openid, now }, input): Promise<ClerkSummary> {
    const clerk = await requireClerk(db, openid)
    const date = input.date ?? chinaDate(now())
    const items = (await db.query('orders', { shopId: clerk.clerkShopId, status: 'confirmed' }))
      .filter((o) => o.confirmedAt !== undefined && chinaDate(o.confirmedAt) === date)
      .sort((a, b) => (b.confirmedAt ?? 0) - (a.confirmedAt ?? 0))
      .map(orderView)
    return { date, count: items.length, points: items.reduce((sum, o) => sum + o.points, 0), items }
  },
})
