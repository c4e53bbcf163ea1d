import type { LoginView } from '../../../contract/user'
import type { CloudTx, UserDoc } from '../../db/schema'
import { openAccount } from '../../ledger/accounts'
import type { ActionContext } from '../../runtime/action'

export const maskPhone = (phone: string): string => `${phone.slice(0, 3)}****${phone.slice(-4)}`

export async function createUser(tx: CloudTx, openid: string, at: number): Promise<UserDoc> {
  const account = await openAccount(tx, { type: 'resident', at })
  const user: UserDoc = {
    _id: openid,
    accountId: account._id,
    profile: null,
    roles: ['resident'],
    elderMode: false,
    createdAt: at,
  }
  await tx.insert('users', user)
  return user
}

/** The caller's record, created on first use (every caller is at least a resident). */
export async function ensureUser(ctx: ActionContext): Promise<UserDoc> {
  return (await ctx.db.get('users', ctx.openid)) ?? createUser(ctx.db, ctx.openid, ctx.now())
}

export async function loginView(tx: CloudTx, user: UserDoc): Promise<LoginView> {
  const view: LoginView = {
    openid: user._id,
    profile: user.profile && {
      name: user.profile.name,
      phoneMasked: maskPhone(user.profile.phone),
      communityId: user.profile.communityId,
      estateId: user.profile.estateId,
    },
    roles: user.roles,
    elderMode: user.elderMode,
    ...user.bindings,
  }
  if (user.staffCommunityId) {
    const community = await tx.get('communities', user.staffCommunityId)
    const street = community && (await tx.get('streets', community.streetId))
    if (community && street) {
      view.staff = { communityId: community._id, community: community.name, street: street.name }
    }
  }
  if (user.clerkShopId) {
    const shop = await tx.get('shops', user.clerkShopId)
    if (shop) view.clerk = { shopId: shop._id, shopName: shop.name }
  }
  return view
}
