import * as v from 'valibot'

import { CODE_STEP_MS } from '../../../contract/volunteer'
import { defineAction } from '../../runtime/action'
import { activityId, assertLive, checkWindow, getActivity, requireStaff } from './activities'
import { recordIssue } from './code-issues'
import { createSecret, readSecret, shortCodeOf, signCode, stepOf } from './codes'

/**
 * `volunteer.issueCode` (staff of the activity's community) { activityId, kind: 'in'|'out' } →
 * `{ title, code, shortCode, expiresAt, refreshAt }` for the current 30-second step: the code is valid for
 * its own step and the next (`expiresAt`); the display fetches the next one at `refreshAt`. The
 * caller is recorded as its issuer: they cannot check themselves in with it (see `checkIn`).
 * Errors: INVALID_ARGUMENT, PERMISSION_DENIED, NOT_FOUND, CONFLICT (cancelled), WINDOW_CLOSED
 * (outside the check window of that kind).
 */
export const issueCode = defineAction({
  input: v.object({ activityId, kind: v.picklist(['in', 'out'], '签到类型只能是签到或签退') }),
  async handler(ctx, { activityId: id, kind }) {
    await requireStaff(ctx)
    const a = await getActivity(ctx.db, id)
    await requireStaff(ctx, a.communityId)
    assertLive(a)
    checkWindow(a, kind, ctx.now(), kind === 'out' ? a.startAt - 30 * 60_000 : undefined)
    const key = (await readSecret(ctx.db)) ?? (await createSecret(ctx.db, ctx.random))
    const claim = { activityId: id, kind, step: stepOf(ctx.now()) }
    await recordIssue(ctx.db, claim, ctx.openid)
    return {
      title: a.title,
      code: signCode(key, claim),
      shortCode: shortCodeOf(key, claim),
      refreshAt: (claim.step + 1) * CODE_STEP_MS,
      expiresAt: (claim.step + 2) * CODE_STEP_MS,
    }
  },
})
