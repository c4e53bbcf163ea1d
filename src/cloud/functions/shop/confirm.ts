import { postPending } from '../../ledger/transfers'
import { defineAction } from '../../runtime/action'
import { codeInput, clerkOrder } from './clerk-order'
import { orderView } from './orders'

/**
 * `shop.confirm` (clerk of the order's shop) { code } → the confirmed Order: the held points are
 * posted to the shop, the time and clerk recorded. Errors: as `lookup`; a second confirm is
 * CONFLICT "该兑换码已于 HH:mm 核销".
 */
export const confirm = defineAction({
  input: codeInput,
  async handler(ctx, { code }) {
    const { order } = await clerkOrder(ctx, code)
    const at = ctx.now()
    await postPending(ctx.db, order.transferId, { at })
    const confirmed = { ...order, status: 'confirmed' as const, confirmedAt: at, confirmedBy: ctx.openid }
    await ctx.db.set('orders', confirmed)
    return orderView(confirmed)
  },
})
