import * as v from 'valibot'

import { issueMessage } from '../../../contract/schemas/common'
import { firstProfileInput, updateProfileInput } from '../../../contract/schemas/user'
import { defineAction } from '../../runtime/action'
import { CloudError } from '../../runtime/errors'
import { ensureUser, loginView } from './users'

/**
 * `user.updateProfile` { name? (2–20 chars, trimmed, no digits), phone? (mainland mobile),
 * communityId? } → the login view. The first call needs name and phone; later calls change only the
 * fields they carry. The phone is stored in full and only ever answered masked.
 * Errors: INVALID_ARGUMENT (name, phone, communityId; name or phone missing on the first call),
 * NOT_FOUND (no such community).
 */
export const updateProfile = defineAction({
  input: updateProfileInput,
  async handler(ctx, input) {
    const existing = await ctx.db.get('users', ctx.openid)
    if (!existing?.profile) {
      const first = v.safeParse(firstProfileInput, input)
      if (!first.success) throw new CloudError('INVALID_ARGUMENT', issueMessage(first.issues[0]))
    }
    if (input.communityId !== undefined && !(await ctx.db.get('communities', input.communityId))) {
      throw new CloudError('NOT_FOUND', '没有找到这个社区，请重新选择')
    }
    const user = existing ?? (await ensureUser(ctx))
    const was = user.profile
    const profile = {
      name: input.name ?? was?.name ?? '',
      phone: input.phone ?? was?.phone ?? '',
      communityId: input.communityId ?? was?.communityId,
    }
    await ctx.db.update('users', user._id, { profile })
    return loginView(ctx.db, { ...user, profile })
  },
})
