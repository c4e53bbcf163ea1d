import type { ActionMap } from '../../runtime/action'
import { cancelOrder } from './cancel-order'
import { clerkSummary } from './clerk-summary'
import { confirm } from './confirm'
import { listGoods } from './list-goods'
import { listShops } from './list-shops'
import { lookup } from './lookup'
import { myOrders } from './my-orders'
import { order } from './order'
import { redeem } from './redeem'

export const shopActions: ActionMap<'shop'> = {
  listShops,
  listGoods,
  redeem,
  myOrders,
  order,
  cancelOrder,
  lookup,
  confirm,
  clerkSummary,
}
