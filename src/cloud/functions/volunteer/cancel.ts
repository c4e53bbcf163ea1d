import * as v from 'valibot'

import { defineAction } from '../../runtime/action'
import { CloudError } from '../../runtime/errors'
import { activityId, clock, getActivity, signupOf, signupView } from './activities'

/**
 * `volunteer.cancel` { activityId } → mySignup (cancelled), freeing the place; allowed until the
 * activity's cancel deadline. Errors: INVALID_ARGUMENT, NOT_FOUND (no such activity or no
 * sign-up), CONFLICT (already cancelled or checked in), WINDOW_CLOSED (past the deadline).
 */
export const cancel = defineAction({
  input: v.object({ activityId }),
  async handler(ctx, { activityId: id }) {
    const a = await getActivity(ctx.db, id)
    const mine = await signupOf(ctx.db, id, ctx.openid)
    if (!mine) throw new CloudError('NOT_FOUND', '你没有报名这个活动')
    if (mine.status === 'cancelled') throw new CloudError('CONFLICT', '报名已经取消了')
    if (mine.status !== 'signed') throw new CloudError('CONFLICT', '已经签到，不能取消报名')
    if (ctx.now() > a.cancelDeadline) {
      throw new CloudError('WINDOW_CLOSED', `取消报名已于 ${clock(a.cancelDeadline)} 截止`)
    }
    const next = { ...mine, status: 'cancelled' as const }
    await ctx.db.update('signups', mine._id, { status: 'cancelled' })
    await ctx.db.update('activities', id, { signedUp: a.signedUp - 1 })
    return signupView(next)
  },
})
