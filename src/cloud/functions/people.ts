import type { CloudTx, UserDoc } from '../db/schema'
import type { ActionContext } from '../runtime/action'
import { CloudError } from '../runtime/errors'

export type Resident = UserDoc & { profile: NonNullable<UserDoc['profile']> }
export type Staff = UserDoc & { staffCommunityId: string }

/** The caller's record with a real-name profile, else PROFILE_REQUIRED (every write by a resident). */
export async function requireResident(ctx: ActionContext): Promise<Resident> {
  const user = await ctx.db.get('users', ctx.openid)
  if (!user?.profile) throw new CloudError('PROFILE_REQUIRED', '请先在「我的」完善实名信息（姓名和手机号）')
  return user as Resident
}

/** `openid` as staff of some community, else PERMISSION_DENIED with `refusal` (which says what only staff may do). */
export async function requireStaffRole(tx: CloudTx, openid: string, refusal: string): Promise<Staff> {
  const user = await tx.get('users', openid)
  if (!user?.roles.includes('staff') || !user.staffCommunityId)
    throw new CloudError('PERMISSION_DENIED', refusal)
  return user as Staff
}
