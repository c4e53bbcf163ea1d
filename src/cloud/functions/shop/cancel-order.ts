import * as v from 'valibot'

import { defineAction } from '../../runtime/action'
import { CloudError } from '../../runtime/errors'
import { orderView, ownOrder } from './orders'
import { closeOrder } from './settle'

/**
 * `shop.cancelOrder` { orderId } → the cancelled Order: its hold is voided and its stock returned.
 * Errors: INVALID_ARGUMENT, NOT_FOUND, PERMISSION_DENIED (someone else's), EXPIRED (already
 * released by expiry), CONFLICT (confirmed or already cancelled).
 */
export const cancelOrder = defineAction({
  input: v.object({ orderId: v.pipe(v.string('缺少订单'), v.minLength(1, '缺少订单'), v.maxLength(40)) }),
  async handler({ db, openid, now }, { orderId }) {
    const order = await ownOrder(db, openid, orderId, now())
    if (order.status === 'expired') throw new CloudError('EXPIRED', '兑换码已过期，积分已退回', true)
    if (order.status !== 'pending')
      throw new CloudError('CONFLICT', `这笔兑换${order.confirmedAt ? '已核销' : '已取消'}`)
    return orderView(await closeOrder(db, order, 'cancelled', now()))
  },
})
