import * as v from 'valibot'

import { ACTIVITY_RULES, type ActivityItem } from '../../../contract/volunteer'
import type { ActivityDoc } from '../../db/schema'
import { defineAction } from '../../runtime/action'
import { newestFirst } from '../../db/newest-first'
import { DEFAULT_PAGE_SIZE, paginate, rankedPosition, type Keyset } from '../../runtime/paginate'
import { pageQuery } from '../../runtime/validate'
import { itemOf, placeNames, requireStaff } from './activities'

const RANK = { ongoing: 0, open: 1, ended: 2, cancelled: 3 }
const ORDER = ['asc', 'asc', 'asc'] as const
const HOUR = 3_600_000

type Where = { cancelled: false; streetId?: string }

/**
 * `volunteer.list` { street? (a 街道 name), status? ('open'|'ongoing'|'ended'), mine? (staff: their
 * community's activities, cancelled ones included), cursor?, limit? } → a page of activities:
 * ongoing first, then open ones by start, then ended ones newest first.
 * Errors: INVALID_ARGUMENT (street, status, limit, cursor), PERMISSION_DENIED (mine, not staff).
 *
 * The resident's list reads only what the page needs: the live ones (starting at most
 * `ACTIVITY_RULES.maxHours` ago, so not yet ended, and the few that just ended) through a `startAt`
 * range, and of the older ones, all ended, the first `limit + 1` past the cursor, newest first.
 */
export const list = defineAction({
  input: v.object({
    street: v.optional(v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(20))),
    status: v.optional(v.picklist(['open', 'ongoing', 'ended'], '活动状态只能是报名中、进行中或已结束')),
    mine: v.optional(v.boolean()),
    ...pageQuery,
  }),
  async handler(ctx, { street, status, mine, ...page }) {
    const communityId = mine ? (await requireStaff(ctx)).staffCommunityId : undefined
    const names = await placeNames(ctx.db)
    const now = ctx.now()
    const shown = (docs: ActivityDoc[]): ActivityItem[] =>
      docs
        .map((a) => itemOf(a, names, now))
        .filter(
          (a) =>
            (street === undefined || a.street === street) && (status === undefined || a.status === status),
        )
    if (mine) {
      const items = shown(await ctx.db.query('activities', { communityId }))
      return paginate(items, { key: (a) => [a.startAt, a.id], order: ['desc', 'asc'] }, page)
    }
    const keyset: Keyset<ActivityItem> = {
      key: (a) => [RANK[a.status], a.status === 'ended' ? -a.startAt : a.startAt, a.id],
      order: ORDER,
    }
    const n = (page.limit ?? DEFAULT_PAGE_SIZE) + 1
    const after = page.cursor === undefined ? undefined : rankedPosition(page.cursor)
    const live = now - ACTIVITY_RULES.maxHours * HOUR
    const wheres: Where[] =
      street === undefined
        ? [{ cancelled: false }]
        : (await ctx.db.query('streets'))
            .filter((s) => s.name === street)
            .map((s) => ({ cancelled: false, streetId: s._id }))
    const docs: ActivityDoc[] = []
    for (const where of wheres) {
      // started at most maxHours ago: the open and ongoing ones, and those that ended since
      const startAt = status === 'open' ? { gt: now } : status === undefined ? {} : { lte: now }
      docs.push(
        ...(await ctx.db.query('activities', where, { range: { startAt: { ...startAt, gte: live } } })),
      )
      if (status !== undefined && status !== 'ended') continue
      // started earlier: all ended; only as many as the page needs, past the cursor
      const from = after?.[0] === RANK.ended ? { at: -after[1], id: after[2] } : undefined
      docs.push(...(await newestFirst(ctx.db, 'activities', where, 'startAt', { below: live, from, n })))
    }
    return paginate(shown(docs), keyset, page)
  },
})
