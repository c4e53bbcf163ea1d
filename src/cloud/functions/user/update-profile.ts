import * as v from 'valibot'

import { PROFILE_RULES } from '../../../contract/user'
import { defineAction } from '../../runtime/action'
import { CloudError } from '../../runtime/errors'
import { ensureUser, loginView } from './users'

const NAME_RANGE = `姓名需为 ${PROFILE_RULES.nameMin}–${PROFILE_RULES.nameMax} 个字`

export const updateProfileInput = v.object({
  name: v.pipe(
    v.string('请填写姓名'),
    v.trim(),
    v.minLength(PROFILE_RULES.nameMin, NAME_RANGE),
    v.maxLength(PROFILE_RULES.nameMax, NAME_RANGE),
  ),
  phone: v.pipe(
    v.string('请填写手机号'),
    v.trim(),
    v.regex(PROFILE_RULES.phonePattern, '请填写 11 位中国大陆手机号'),
  ),
  communityId: v.optional(v.pipe(v.string(), v.minLength(1), v.maxLength(40))),
})

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
