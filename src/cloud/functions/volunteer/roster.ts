import * as v from 'valibot'

import type { RosterRow } from '../../../contract/volunteer'
import type { SignupDoc } from '../../db/schema'
import type { CloudTx } from '../../db/schema'
import { defineAction } from '../../runtime/action'
import { maskPhone } from '../user/users'
import { activityId, getActivity, requireStaff } from './activities'

/** One roster row as `viewer` (the calling staff member) sees it. */
export async function rosterRow(tx: CloudTx, s: SignupDoc, viewer: string): Promise<RosterRow> {
  const profile = (await tx.get('users', s.openid))?.profile
  return {
    signupId: s._id,
    name: profile?.name ?? '已注销用户',
    phoneMasked: profile ? maskPhone(profile.phone) : '—',
    status: s.status,
    checkInAt: s.checkInAt,
    checkOutAt: s.checkOutAt,
    minutes: s.minutes,
    manual: s.manualBy !== undefined,
    own: s.openid === viewer,
  }
}

/**
 * `volunteer.roster` (staff of the activity's community) { activityId } → `{ items }`: every
 * sign-up in the order they came, the name in full and the phone masked; `own` marks the caller's.
 * Errors: INVALID_ARGUMENT, PERMISSION_DENIED, NOT_FOUND.
 */
export const roster = defineAction({
  input: v.object({ activityId }),
  async handler(ctx, { activityId: id }) {
    await requireStaff(ctx)
    const a = await getActivity(ctx.db, id)
    await requireStaff(ctx, a.communityId)
    const signups = (await ctx.db.query('signups', { activityId: id })).sort(
      (x, y) => x.signedAt - y.signedAt,
    )
    const items: RosterRow[] = []
    for (const s of signups) items.push(await rosterRow(ctx.db, s, ctx.openid))
    return { items }
  },
})
