import * as v from 'valibot'

import type { TicketDoc } from '../../db/schema'
import { defineAction } from '../../runtime/action'
import { paginate } from '../../runtime/paginate'
import { pageQuery } from '../../runtime/validate'
import { isOverdue, requireStaff, staffView } from './tickets'

const STATUSES = [
  'submitted',
  'accepted',
  'dispatched',
  'resolved',
  'closed',
  'reopened',
  'rejected',
] as const
const FINAL = ['closed', 'rejected']

/**
 * `grid.queue` (staff) { status?, overdue?, cursor?, limit? } → a page of the staff member's
 * community's tickets: overdue first (most overdue at the top), then open ones by due time, then
 * the finished, newest first. `overdue: true` keeps only overdue tickets, `false` only the others.
 * Reporters are masked; anonymous reports show none. Errors: INVALID_ARGUMENT, PERMISSION_DENIED.
 */
export const queue = defineAction({
  input: v.object({
    status: v.optional(v.picklist(STATUSES, '工单状态不正确')),
    overdue: v.optional(v.boolean('超时筛选不正确')),
    ...pageQuery,
  }),
  async handler({ db, openid, now }, { status, overdue, ...page }) {
    const staff = await requireStaff(db, openid)
    const at = now()
    const rank = (t: TicketDoc) => (isOverdue(t, at) ? 0 : FINAL.includes(t.status) ? 2 : 1)
    const tickets = (await db.query('tickets', { communityId: staff.staffCommunityId })).filter(
      (t) =>
        (status === undefined || t.status === status) &&
        (overdue === undefined || isOverdue(t, at) === overdue),
    )
    const { items, nextCursor } = paginate(
      tickets,
      {
        key: (t) => [rank(t), rank(t) === 2 ? -t.createdAt : t.dueAt, t._id],
        order: ['asc', 'asc', 'asc'],
      },
      page,
    )
    const views = []
    for (const t of items) views.push(await staffView(db, t, at))
    return { items: views, nextCursor }
  },
})
