import type { LookedUpOrder } from '../../../contract/shop'
import { defineAction } from '../../runtime/action'
import { codeInput, clerkOrder } from './clerk-order'
import { maskName, orderView } from './orders'

/**
 * `shop.lookup` (clerk of the order's shop) { code: 8 digits } → the open Order + `residentMasked`.
 * Errors: INVALID_ARGUMENT, PERMISSION_DENIED (not a clerk, another shop's order, one's own
 * order, too many misses: 5 within 10 minutes), NOT_FOUND, EXPIRED, CONFLICT (already confirmed:
 * "已于 HH:mm 核销", or cancelled).
 */
export const lookup = defineAction({
  input: codeInput,
  async handler(ctx, { code }): Promise<LookedUpOrder> {
    const { order } = await clerkOrder(ctx, code)
    const resident = order.openid ? await ctx.db.get('users', order.openid) : null
    return { ...orderView(order), residentMasked: maskName(resident?.profile?.name ?? '居民') }
  },
})
