import { orderCodeInput } from '../../../contract/schemas/shop'
import { postPending } from '../../ledger/transfers'
import { defineAction } from '../../runtime/action'
import { clerkOrder } from './clerk-order'
import { orderView } from './orders'

/**
 * `shop.confirm` (clerk of the order's shop) { code } → the confirmed Order: the held points are
 * posted to the shop, the time and the clerk's account recorded. Errors: as `lookup`; a second
 * confirm is CONFLICT "该兑换码已于 HH:mm 核销".
 */
export const confirm = defineAction({
  input: orderCodeInput,
  async handler(ctx, { code }) {
    const { order, clerk } = await clerkOrder(ctx, code)
    const at = ctx.now()
    await postPending(ctx.db, order.transferId, { at })
    const confirmed = {
      ...order,
      status: 'confirmed' as const,
      confirmedAt: at,
      confirmedBy: clerk.accountId,
    }
    await ctx.db.set('orders', confirmed)
    return orderView(confirmed)
  },
})
