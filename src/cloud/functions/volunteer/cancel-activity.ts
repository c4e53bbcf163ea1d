import * as v from 'valibot'

import { defineAction } from '../../runtime/action'
import { CloudError } from '../../runtime/errors'
import { activityId, activityView, assertLive, getActivity, requireStaff } from './activities'

/**
 * `volunteer.cancelActivity` (staff of the activity's community) { activityId } → Activity with
 * status 'cancelled'. Only before the start; sign-ups stay on record.
 * Errors: INVALID_ARGUMENT, PERMISSION_DENIED, NOT_FOUND, CONFLICT (already cancelled),
 * WINDOW_CLOSED (already started).
 */
export const cancelActivity = defineAction({
  input: v.object({ activityId }),
  async handler(ctx, { activityId: id }) {
    await requireStaff(ctx)
    const a = await getActivity(ctx.db, id)
    await requireStaff(ctx, a.communityId)
    assertLive(a)
    if (ctx.now() >= a.startAt) throw new CloudError('WINDOW_CLOSED', '活动已开始，不能取消')
    await ctx.db.update('activities', id, { cancelled: true })
    return activityView(ctx, { ...a, cancelled: true })
  },
})
