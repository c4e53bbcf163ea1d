import type { CloudTx, CommunityDoc, NoticeDoc, UserDoc } from '../db/schema'
import type { ActionContext } from '../runtime/action'
import { CloudError } from '../runtime/errors'

/** Checks and writes the newer domains (居民议事, 物业红黑榜, 零工驿站) share. */

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

export const isStaffOf = (user: UserDoc | null, communityId: string): boolean =>
  !!user?.roles.includes('staff') && user.staffCommunityId === communityId

export async function findCommunity(tx: CloudTx, id: string): Promise<CommunityDoc> {
  const c = await tx.get('communities', id)
  if (!c) throw new CloudError('NOT_FOUND', '没有找到这个社区，请重新选择')
  return c
}

/** A notice for one person (their openid) or a community's staff (`staff:<communityId>`); none for a person who has gone. */
export async function writeNotice(
  tx: CloudTx,
  notice: Omit<NoticeDoc, '_id' | 'audience'> & { audience: string | null },
): Promise<void> {
  if (!notice.audience) return
  await tx.insert('notices', { ...notice, audience: notice.audience, _id: tx.newId('notice') })
}
