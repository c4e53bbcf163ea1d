import type { QuestionSort } from '../../../contract/council'
import { councilListInput } from '../../../contract/schemas/council'
import type { QuestionDoc } from '../../db/schema'
import { defineAction } from '../../runtime/action'
import { paginate, type Keyset } from '../../runtime/paginate'
import { communityOrHome, findCommunity, isStaffOf, summaryView, viewerOf } from './model'

type Order = QuestionSort | 'staff'

const KEYSETS: Record<Order, Keyset<QuestionDoc>> = {
  new: { key: (q) => [q.createdAt, q._id], order: ['desc', 'asc'] },
  support: { key: (q) => [q.supports, q.createdAt, q._id], order: ['desc', 'desc', 'asc'] },
  staff: {
    key: (q) => [q.status === 'pending' ? 0 : 1, q.supports, q.createdAt, q._id],
    order: ['asc', 'desc', 'desc', 'asc'],
  },
}

/**
 * `council.list` { communityId? (default: the caller's home community, for staff without one their community), status?, sort?:
 * 'support'|'new', cursor?, limit? } → page of QuestionSummary. `support`: most supported first,
 * then newest; `new`: newest first. Without `sort`, staff of that community see 待答复 (pending)
 * first, then most supported; everyone else most supported. Without `status`, withdrawn questions
 * are left out (ask for `status: 'withdrawn'` to see them). Keyset cursors (runtime/paginate.ts):
 * a cursor names a position, so following it never fails; by support the order may change between
 * pages. `authorMasked`: masked name, in full to the author, the community's name for one raised
 * from a report, 已注销用户 once the author has gone. Photos never appear in a list. Readable
 * without a profile. Errors: INVALID_ARGUMENT (no community given and no home community — choose
 * one; a cursor of another order), NOT_FOUND (community).
 */
export const list = defineAction({
  input: councilListInput,
  async handler(ctx, { communityId, status, sort, ...page }) {
    const viewer = await viewerOf(ctx)
    const id = communityOrHome(communityId, viewer.user)
    const community = await findCommunity(ctx.db, id)
    const order: Order = sort ?? (isStaffOf(viewer.user, id) ? 'staff' : 'support')
    const all = await ctx.db.query('questions', { communityId: id })
    const shown = all.filter((q) => (status === undefined ? q.status !== 'withdrawn' : q.status === status))
    const { items, nextCursor } = paginate(shown, KEYSETS[order], page)
    const views = []
    for (const q of items) views.push(await summaryView(ctx.db, q, viewer, community.name))
    return { items: views, nextCursor }
  },
})
