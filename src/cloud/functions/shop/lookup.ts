import { orderCodeInput } from '../../../contract/schemas/shop'
import type { LookedUpOrder } from '../../../contract/shop'
import { defineAction } from '../../runtime/action'
import { clerkOrder } from './clerk-order'
import { orderView } from './orders'

/**
 * `shop.lookup` (clerk of the order's shop) { code: 8 digits } → the open Order + `residentMasked`
 * (the first character of the name, then *). Errors: INVALID_ARGUMENT, PERMISSION_DENIED (not a
 * clerk, another shop's order, one's own order, 5 misses within 10 minutes), NOT_FOUND, EXPIRED,
 * CONFLICT (already confirmed: "已于 HH:mm 核销", or cancelled).
 */
export const lookup = defineAction({
  input: orderCodeInput,
  async handler(ctx, { code }): Promise<LookedUpOrder> {
    const { order } = await clerkOrder(ctx, code)
    const user = order.openid ? await ctx.db.get('users', order.openid) : null
    const name = (user && user.profile && user.profile.name) || '居民'
    return { ...orderView(order), residentMasked: name[0] + '*'.repeat(Math.max(name.length - 1, 1)) }
  },
})
