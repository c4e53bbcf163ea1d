import * as v from 'valibot'

import { activityFields } from '../../../contract/schemas/volunteer'
import { defineAction } from '../../runtime/action'
import { CloudError } from '../../runtime/errors'
import { activityId, activityView, assertLive, checkTimes, getActivity, requireStaff } from './activities'

/**
 * `volunteer.update` (staff of the activity's community) { activityId, …every field of `create` }
 * → Activity. Only before the start; the quota cannot drop below the sign-ups already taken.
 * Errors: INVALID_ARGUMENT, PERMISSION_DENIED, NOT_FOUND, CONFLICT (cancelled; quota below the
 * sign-ups), WINDOW_CLOSED (already started).
 */
export const update = defineAction({
  input: v.object({ activityId, ...activityFields }),
  async handler(ctx, { activityId: id, ...input }) {
    const cancelDeadline = checkTimes(input, ctx.now())
    await requireStaff(ctx)
    const a = await getActivity(ctx.db, id)
    await requireStaff(ctx, a.communityId)
    assertLive(a)
    if (ctx.now() >= a.startAt) throw new CloudError('WINDOW_CLOSED', '活动已开始，不能再修改')
    if (input.quota < a.signedUp) {
      throw new CloudError('CONFLICT', `已有 ${a.signedUp} 人报名，招募人数不能少于 ${a.signedUp}`)
    }
    const next = { ...a, ...input, cancelDeadline }
    await ctx.db.set('activities', next)
    return activityView(ctx, next)
  },
})
