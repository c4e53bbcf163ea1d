import * as v from 'valibot'

import { defineAction } from '../../runtime/action'
import { CloudError } from '../../runtime/errors'
import { assertLive, checkState, checkWindow, getActivity, requireStaff } from './activities'
import { recordCheck } from './activities'
import { rosterRow } from './roster'

/**
 * `volunteer.manualCheck` (staff of the activity's community) { signupId, kind: 'in'|'out', at?
 * (default now; not in the future, within the check window) } → the roster row, marked manual with
 * the staff member's id kept on the sign-up. A manual check-out posts points as a scanned one does.
 * Nobody records their own attendance: the caller's own sign-up is PERMISSION_DENIED (another staff
 * member of the community may check it).
 * Errors: INVALID_ARGUMENT, PERMISSION_DENIED, NOT_FOUND, CONFLICT (already checked; cancelled
 * sign-up or activity; out before in), WINDOW_CLOSED.
 */
export const manualCheck = defineAction({
  input: v.object({
    signupId: v.pipe(v.string('缺少报名编号'), v.minLength(1, '缺少报名编号'), v.maxLength(40)),
    kind: v.picklist(['in', 'out'], '签到类型只能是签到或签退'),
    at: v.optional(v.pipe(v.number('时间的格式不正确'), v.integer('时间的格式不正确'))),
  }),
  async handler(ctx, { signupId, kind, at = ctx.now() }) {
    const staff = await requireStaff(ctx)
    const signup = await ctx.db.get('signups', signupId)
    if (!signup) throw new CloudError('NOT_FOUND', '没有找到这条报名记录')
    const a = await getActivity(ctx.db, signup.activityId)
    await requireStaff(ctx, a.communityId)
    assertLive(a)
    if (signup.openid === ctx.openid) {
      throw new CloudError('PERMISSION_DENIED', '不能为自己补录签到或签退，请由本社区其他工作人员办理')
    }
    if (signup.status === 'cancelled') throw new CloudError('CONFLICT', '这条报名已经取消')
    checkState(signup, kind)
    if (at > ctx.now()) throw new CloudError('WINDOW_CLOSED', '不能登记未来的时间')
    checkWindow(a, kind, at, signup.checkInAt)
    return rosterRow(ctx.db, await recordCheck(ctx.db, a, signup, kind, at, staff._id), ctx.openid)
  },
})
