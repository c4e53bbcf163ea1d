import * as v from 'valibot'

import type { TicketStatus } from '../../../contract/grid'
import type { CloudTx, TicketDoc } from '../../db/schema'
import { defineAction } from '../../runtime/action'
import { newestFirst } from '../../db/newest-first'
import { DEFAULT_PAGE_SIZE, paginate, rankedPosition, type Keyset } from '../../runtime/paginate'
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
/** Finished: listed last, newest first. A community gathers thousands a year. */
const FINAL: readonly TicketStatus[] = ['closed', 'rejected']
/** Listed by due time and never overdue (waiting for the reporter's rating). */
const RESOLVED: TicketStatus = 'resolved'

/** A list position: [rank (0 overdue, 1 open, 2 finished), rank 2 ? -createdAt : dueAt, ticket number]. */
type Position = [rank: number, key: number, id: string]

const ORDER = ['asc', 'asc', 'asc'] as const

/**
 * Up to `n` open (or resolved) tickets of one status past `after`, in list order. Within one
 * status that order is (dueAt, number): the overdue ones are those due before `at`, so they come
 * first. Read through (communityId, status, dueAt), ordered and limited.
 */
async function byDue(
  tx: CloudTx,
  where: { communityId: string; status: TicketStatus },
  at: number,
  overdue: boolean | undefined,
  after: Position | undefined,
  n: number,
): Promise<TicketDoc[]> {
  const canBeOverdue = where.status !== RESOLVED
  const dueAt: { lt?: number; gte?: number } = {}
  if (overdue === true) {
    if (!canBeOverdue) return []
    dueAt.lt = at
  }
  if (overdue === false && canBeOverdue) dueAt.gte = at
  let past: [number, string] | undefined
  if (after) {
    const [rank, key, id] = after
    if (rank >= 2) return []
    if (!canBeOverdue) {
      if (rank === 1) past = [key, id]
    } else if ((rank === 0 && key < at) || (rank === 1 && key >= at)) {
      past = [key, id]
    } else {
      // a cursor from an earlier time whose rank the due time no longer gives: the open ones follow it
      dueAt.gte = at
    }
  }
  return tx.query('tickets', where, {
    range: Object.keys(dueAt).length > 0 ? { dueAt } : undefined,
    orderBy: [
      ['dueAt', 'asc'],
      ['_id', 'asc'],
    ],
    after: past,
    limit: n,
  })
}

/**
 * `grid.queue` (staff) { status?, overdue?, cursor?, limit? } → a page of the staff member's
 * community's tickets: overdue first (most overdue at the top), then open ones by due time, then
 * the finished, newest first. `overdue: true` keeps only overdue tickets, `false` only the others.
 * Reporters are masked; anonymous reports show none. Errors: INVALID_ARGUMENT, PERMISSION_DENIED.
 *
 * Reads only what the page needs: per status, the first `limit + 1` tickets past the cursor in
 * list order (open ones by due time, finished ones newest first), then pages their union.
 */
export const queue = defineAction({
  input: v.object({
    status: v.optional(v.picklist(STATUSES, '工单状态不正确')),
    overdue: v.optional(v.boolean('超时筛选不正确')),
    ...pageQuery,
  }),
  async handler({ db, openid, now }, { status, overdue, ...page }) {
    const at = now()
    const n = (page.limit ?? DEFAULT_PAGE_SIZE) + 1
    const rank = (t: TicketDoc) => (isOverdue(t, at) ? 0 : FINAL.includes(t.status) ? 2 : 1)
    const keyset: Keyset<TicketDoc> = {
      key: (t) => [rank(t), rank(t) === 2 ? -t.createdAt : t.dueAt, t._id],
      order: ORDER,
    }
    const staff = await requireStaff(db, openid)
    const after = page.cursor === undefined ? undefined : rankedPosition(page.cursor)
    const tickets: TicketDoc[] = []
    for (const s of STATUSES) {
      if (status !== undefined && s !== status) continue
      const where = { communityId: staff.staffCommunityId, status: s }
      if (!FINAL.includes(s)) tickets.push(...(await byDue(db, where, at, overdue, after, n)))
      else if (overdue !== true) {
        const from = after?.[0] === 2 ? { at: -after[1], id: after[2] } : undefined
        tickets.push(...(await newestFirst(db, 'tickets', where, 'createdAt', { from, n })))
      }
    }
    const { items, nextCursor } = paginate(tickets, keyset, page)
    const views = []
    for (const t of items) views.push(await staffView(db, t, at))
    return { items: views, nextCursor }
  },
})
