import * as v from 'valibot'

import type { Order } from '../../../contract/shop'
import { defineAction } from '../../runtime/action'
import { orderView, ownOrder } from './orders'

/**
 * `shop.order` { orderId } → the caller's Order as it is now (one whose 30 minutes have run out
 * is settled as expired first); what the order-code page polls. Reads that one order.
 * Errors: INVALID_ARGUMENT, NOT_FOUND, PERMISSION_DENIED (someone else's).
 */
export const order = defineAction({
  input: v.object({ orderId: v.pipe(v.string('缺少订单'), v.minLength(1, '缺少订单'), v.maxLength(40)) }),
  async handler({ db, openid, now }, { orderId }): Promise<Order> {
    return orderView(await ownOrder(db, openid, orderId, now()))
  },
})
