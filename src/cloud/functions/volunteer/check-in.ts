import * as v from 'valibot'

import type { CheckResult } from '../../../contract/volunteer'
import { defineAction } from '../../runtime/action'
import { CloudError } from '../../runtime/errors'
import {
  assertLive,
  checkState,
  checkWindow,
  getActivity,
  recordCheck,
  requireProfile,
  signupOf,
} from './activities'
import { issuedBy } from './code-issues'
import { findShortCode, normaliseShortCode, readSecret, stepOf, verifyCode, type CodeClaim } from './codes'

const INVALID = '签到码无效，请重新扫描现场的二维码'
const STALE_SHORT = '这个签到码已过期（每 30 秒更换一次），请输入组织者手机上现在显示的签到码'

/**
 * `volunteer.checkIn` { code } (the QR's code or the 8-character short code) → `{ activityId,
 * title, kind, at, minutes?, pointsAwarded? }`. Check-in from 30 min before the start until the end;
 * check-out after check-in until 2 h after the end, computing the minutes served and posting the
 * points once at ≥ 60% of the activity's length.
 * Errors: INVALID_ARGUMENT (malformed, forged or altered code; a short code that matches no live
 * code — one that was genuine in the last 10 minutes is told it has expired), PROFILE_REQUIRED,
 * PERMISSION_DENIED (not signed up; a code the caller issued — nobody approves their own
 * attendance), NOT_FOUND, CONFLICT (already checked
 * in/out — the first result stands; check-out before check-in; activity cancelled), EXPIRED (the
 * code's step and the next have passed), WINDOW_CLOSED.
 */
export const checkIn = defineAction({
  input: v.object({
    code: v.pipe(
      v.string('请输入签到码'),
      v.trim(),
      v.minLength(1, '请输入签到码'),
      v.maxLength(200, INVALID),
    ),
  }),
  async handler(ctx, { code }): Promise<CheckResult> {
    const now = ctx.now()
    const key = await readSecret(ctx.db)
    const short = normaliseShortCode(code)
    let claim: CodeClaim | null = null
    if (key && short) {
      const live = (await ctx.db.query('activities')).filter((a) => !a.cancelled)
      const match = findShortCode(key, short, live, now)
      if (match && !match.live) throw new CloudError('INVALID_ARGUMENT', STALE_SHORT)
      claim = match?.claim ?? null
    } else if (key) {
      claim = verifyCode(key, code)
    }
    if (!claim || claim.step > stepOf(now)) throw new CloudError('INVALID_ARGUMENT', INVALID)
    await requireProfile(ctx)
    const signup = await signupOf(ctx.db, claim.activityId, ctx.openid)
    if (!signup || signup.status === 'cancelled') {
      throw new CloudError('PERMISSION_DENIED', '你没有报名这个活动，不能签到')
    }
    if (await issuedBy(ctx.db, claim, ctx.openid)) {
      throw new CloudError(
        'PERMISSION_DENIED',
        '这是你自己出示的签到码，不能给自己签到或签退；请由本社区其他工作人员出示签到码或为你补录',
      )
    }
    const a = await getActivity(ctx.db, claim.activityId)
    assertLive(a)
    checkState(signup, claim.kind)
    if (claim.step < stepOf(now) - 1) throw new CloudError('EXPIRED', '二维码已过期，请扫描现场最新的二维码')
    checkWindow(a, claim.kind, now, signup.checkInAt)
    const done = await recordCheck(ctx.db, a, signup, claim.kind, now)
    return {
      activityId: a._id,
      title: a.title,
      kind: claim.kind,
      at: now,
      minutes: done.minutes,
      pointsAwarded: done.pointsAwarded,
    }
  },
})
