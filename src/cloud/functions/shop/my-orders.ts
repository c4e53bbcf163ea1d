import * as v from 'valibot'

import { defineAction } from '../../runtime/action'
import { paginate } from '../../runtime/paginate'
import { pageQuery } from '../../runtime/validate'
import { orderView } from './orders'
import { settleExpired } from './settle'

/** `shop.myOrders` { cursor?, limit? } → a page of the caller's orders, newest first, expired ones settled. Errors: INVALID_ARGUMENT. */
export const myOrders = defineAction({
  input: v.object(pageQuery),
  async handler({ db, openid, now }, page) {
    await settleExpired(db, now(), { openid })
    const orders = await db.query('orders', { openid })
    return paginate(orders.map(orderView), { key: (o) => [o.createdAt, o.id], order: ['desc', 'desc'] }, page)
  },
})
