import * as v from 'valibot'

import { defineAction } from '../../runtime/action'
import { orderView, ownOrder } from './orders'

export const orderIdInput = v.object({
  orderId: v.pipe(v.string('缺少订单编号'), v.minLength(1, '缺少订单编号'), v.maxLength(40)),
})

/**
 * `shop.order` { orderId } → the caller's Order as it is now (an expired one settled first); the
 * code page polls it. Errors: INVALID_ARGUMENT, NOT_FOUND, PERMISSION_DENIED (someone else's).
 */
export const order = defineAction({
  input: orderIdInput,
  async handler({ db, openid, now }, { orderId }) {
    return orderView(await ownOrder(db, openid, orderId, now()))
  },
})
