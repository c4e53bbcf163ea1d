import * as v from 'valibot'

import type { SignupDoc } from '../../db/schema'
import { defineAction } from '../../runtime/action'
import { CloudError } from '../../runtime/errors'
import {
  activityId,
  assertLive,
  clock,
  getActivity,
  requireProfile,
  signupOf,
  signupView,
} from './activities'

/**
 * `volunteer.signUp` { activityId } → mySignup. One sign-up per resident (a cancelled one may
 * sign up again), open until the start, within the quota.
 * Errors: INVALID_ARGUMENT, PROFILE_REQUIRED, NOT_FOUND, CONFLICT (already signed up; activity
 * cancelled), WINDOW_CLOSED (started), QUOTA_EXCEEDED (full).
 */
export const signUp = defineAction({
  input: v.object({ activityId }),
  async handler(ctx, { activityId: id }) {
    await requireProfile(ctx)
    const a = await getActivity(ctx.db, id)
    assertLive(a)
    const existing = await signupOf(ctx.db, id, ctx.openid)
    if (existing && existing.status !== 'cancelled') throw new CloudError('CONFLICT', '你已经报名了这个活动')
    if (ctx.now() >= a.startAt) throw new CloudError('WINDOW_CLOSED', `报名已于 ${clock(a.startAt)} 截止`)
    if (a.signedUp >= a.quota) throw new CloudError('QUOTA_EXCEEDED', '名额已满，下次早点来哦')
    const signup: SignupDoc = {
      _id: existing?._id ?? ctx.db.newId('su'),
      activityId: id,
      openid: ctx.openid,
      status: 'signed',
      signedAt: ctx.now(),
    }
    await ctx.db.set('signups', signup)
    await ctx.db.update('activities', id, { signedUp: a.signedUp + 1 })
    return signupView(signup)
  },
})
