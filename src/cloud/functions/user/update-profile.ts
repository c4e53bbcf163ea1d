import { updateProfileInput } from '../../../contract/schemas/user'
import { defineAction } from '../../runtime/action'
import { CloudError } from '../../runtime/errors'
import { ensureUser, loginView } from './users'

/**
 * `user.updateProfile` { name (2–20 chars, trimmed), phone (mainland mobile), communityId? } → the
 * login view. The phone is stored in full and only ever answered masked. Without `communityId`
 * the home community stays as it was.
 * Errors: INVALID_ARGUMENT (name, phone, communityId), NOT_FOUND (no such community).
 */
export const updateProfile = defineAction({
  input: updateProfileInput,
  async handler(ctx, { name, phone, communityId }) {
    if (communityId !== undefined && !(await ctx.db.get('communities', communityId))) {
      throw new CloudError('NOT_FOUND', '没有找到这个社区，请重新选择')
    }
    const user = await ensureUser(ctx)
    const profile = { name, phone, communityId: communityId ?? user.profile?.communityId }
    await ctx.db.update('users', user._id, { profile })
    return loginView(ctx.db, { ...user, profile })
  },
})
