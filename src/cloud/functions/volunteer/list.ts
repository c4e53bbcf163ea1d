import * as v from 'valibot'

import type { ActivityItem } from '../../../contract/volunteer'
import { defineAction } from '../../runtime/action'
import { paginate, type Keyset } from '../../runtime/paginate'
import { pageQuery } from '../../runtime/validate'
import { itemOf, placeNames, requireStaff } from './activities'

const RANK = { ongoing: 0, open: 1, ended: 2, cancelled: 3 }

/**
 * `volunteer.list` { street? (a 街道 name), status? ('open'|'ongoing'|'ended'), mine? (staff: their
 * community's activities, cancelled ones included), cursor?, limit? } → a page of activities:
 * ongoing first, then open ones by start, then ended ones newest first.
 * Errors: INVALID_ARGUMENT (street, status, limit, cursor), PERMISSION_DENIED (mine, not staff).
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
    const items: ActivityItem[] = (await ctx.db.query('activities', communityId ? { communityId } : {}))
      .filter((a) => mine || !a.cancelled)
      .map((a) => itemOf(a, names, now))
      .filter(
        (a) => (street === undefined || a.street === street) && (status === undefined || a.status === status),
      )
    const keyset: Keyset<ActivityItem> = mine
      ? { key: (a) => [a.startAt, a.id], order: ['desc', 'asc'] }
      : {
          key: (a) => [RANK[a.status], a.status === 'ended' ? -a.startAt : a.startAt, a.id],
          order: ['asc', 'asc', 'asc'],
        }
    return paginate(items, keyset, page)
  },
})
