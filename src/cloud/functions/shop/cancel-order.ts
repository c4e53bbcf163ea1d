import { defineAction } from '../../runtime/action'
import { CloudError } from '../../runtime/errors'
import { orderIdInput } from './order'
import { closeOrder, orderView, ownOrder } from './orders'

/**
 * `shop.cancelOrder` { orderId } → the cancelled Order: its hold is voided and its stock returned.
 * Errors: INVALID_ARGUMENT, NOT_FOUND, PERMISSION_DENIED (someone else's), EXPIRED (already
 * released by expiry), CONFLICT (confirmed or already cancelled).
 */
export const cancelOrder = defineAction({
  input: orderIdInput,
  async handler({ db, openid, now }, { orderId }) {
    const found = await ownOrder(db, openid, orderId, now())
    if (found.status === 'expired') throw new CloudError('EXPIRED', '兑换码已过期，积分已自动退回', true)
    if (found.status === 'confirmed') throw new CloudError('CONFLICT', '已核销的兑换不能取消')
    if (found.status === 'cancelled') throw new CloudError('CONFLICT', '这笔兑换已经取消了')
    return orderView(await closeOrder(db, found, 'cancelled', now()))
  },
})
