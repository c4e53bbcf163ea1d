import { activityInput } from '../../../contract/schemas/volunteer'
import type { ActivityDoc } from '../../db/schema'
import { defineAction } from '../../runtime/action'
import { CloudError } from '../../runtime/errors'
import { activityView, checkTimes, requireStaff } from './activities'

/**
 * `volunteer.create` (staff) { title (2–40), description (≤ 500), place (2–60), startAt (future),
 * endAt (after the start, ≤ 24 h later), quota (1–500), points (0–200), cancelDeadline? (≤ startAt;
 * default 2 h before the start), location? (the meeting point on the map) } → Activity, in the caller's own community. Sign-up stays open
 * until the start. Errors: INVALID_ARGUMENT, PERMISSION_DENIED (not staff).
 */
export const create = defineAction({
  input: activityInput,
  async handler(ctx, input) {
    const cancelDeadline = checkTimes(input, ctx.now())
    const staff = await requireStaff(ctx)
    const community = await ctx.db.get('communities', staff.staffCommunityId ?? '')
    if (!community) throw new CloudError('NOT_FOUND', '没有找到你所在的社区')
    const doc: ActivityDoc = {
      _id: ctx.db.newId('act'),
      ...input,
      cancelDeadline,
      streetId: community.streetId,
      communityId: community._id,
      signedUp: 0,
      cancelled: false,
      createdBy: ctx.openid,
      createdAt: ctx.now(),
    }
    await ctx.db.insert('activities', doc)
    return activityView(ctx, doc)
  },
})
