import * as v from 'valibot'

import { defineAction } from '../../runtime/action'
import { activityId, activityView, getActivity, signupOf, signupView } from './activities'

/**
 * `volunteer.detail` { activityId } → Activity + `mySignup` (the caller's sign-up, or null) and
 * `organizer` (the caller is staff of its community). Errors: INVALID_ARGUMENT, NOT_FOUND.
 */
export const detail = defineAction({
  input: v.object({ activityId }),
  async handler(ctx, { activityId: id }) {
    const a = await getActivity(ctx.db, id)
    const mine = await signupOf(ctx.db, id, ctx.openid)
    return { ...(await activityView(ctx, a)), mySignup: mine && signupView(mine) }
  },
})
