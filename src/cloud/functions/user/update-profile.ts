import * as v from 'valibot'

import { issueMessage } from '../../../contract/schemas/common'
import { firstProfileInput, updateProfileInput } from '../../../contract/schemas/user'
import { defineAction } from '../../runtime/action'
import { CloudError } from '../../runtime/errors'
import { ensureUser, loginView } from './users'

/**
 * `user.updateProfile` { name? (2–20 chars, trimmed, no digits), phone? (mainland mobile),
 * communityId?, estateId? (小区) } → the login view. The first call needs name and phone; later calls
 * change only the fields they carry. The phone is stored in full and only ever answered masked. A
 * 小区 sets the home community to its own; moving to another community drops the 小区.
 * Errors: INVALID_ARGUMENT (name, phone, communityId, estateId; name or phone missing on the first
 * call; a 小区 outside the given community), NOT_FOUND (no such community or 小区).
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
    const estate = input.estateId === undefined ? null : await ctx.db.get('estates', input.estateId)
    if (input.estateId !== undefined && !estate)
      throw new CloudError('NOT_FOUND', '没有找到这个小区，请重新选择')
    if (estate && input.communityId !== undefined && input.communityId !== estate.communityId) {
      throw new CloudError('INVALID_ARGUMENT', '所选小区不在所选社区，请重新选择')
    }
    const user = existing ?? (await ensureUser(ctx))
    const was = user.profile
    const communityId = estate?.communityId ?? input.communityId ?? was?.communityId
    const profile = {
      name: input.name ?? was?.name ?? '',
      phone: input.phone ?? was?.phone ?? '',
      communityId,
      // a 小区 stays only while it lies in the home community
      estateId: estate?._id ?? (communityId === was?.communityId ? was?.estateId : undefined),
    }
    await ctx.db.update('users', user._id, { profile })
    return loginView(ctx.db, { ...user, profile })
  },
})
