import { bindRoleInput } from '../../../contract/schemas/user'
import { defineAction } from '../../runtime/action'
import { CloudError } from '../../runtime/errors'
import { ensureUser, loginView } from './users'

const ROLE_NAMES = {
  staff: '社区工作人员',
  clerk: '店员',
  adviser: '社区议事员',
  property: '物业',
  employer: '用工方',
}

/**
 * `user.bindRole` { inviteCode } → the login view, with the staff community or the clerk's shop
 * bound. Codes are matched ignoring case and surrounding spaces.
 * Errors: INVALID_ARGUMENT (empty or over-long code), NOT_FOUND (unknown code), CONFLICT (the
 * caller already holds that role).
 */
export const bindRole = defineAction({
  input: bindRoleInput,
  async handler(ctx, { inviteCode }) {
    const invite = await ctx.db.get('invites', inviteCode)
    if (!invite) throw new CloudError('NOT_FOUND', '邀请码不存在，请核对后再试')
    const user = await ensureUser(ctx)
    if (user.roles.includes(invite.role)) {
      throw new CloudError('CONFLICT', `你已经绑定了${ROLE_NAMES[invite.role]}身份，无需重复绑定`)
    }
    const roles = [...user.roles, invite.role]
    const bound =
      invite.role === 'staff'
        ? { ...user, roles, staffCommunityId: invite.communityId }
        : invite.role === 'clerk'
          ? { ...user, roles, clerkShopId: invite.shopId }
          : { ...user, roles, bindings: { ...user.bindings, [invite.role]: invite.binding } }
    await ctx.db.set('users', bound)
    return loginView(ctx.db, bound)
  },
})
