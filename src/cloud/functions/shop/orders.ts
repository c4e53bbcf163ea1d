import type { Order } from '../../../contract/shop'
import type { CloudTx, OrderDoc } from '../../db/schema'
import { CloudError } from '../../runtime/errors'
import { settle } from './settle'

export const ORDER_MS = 30 * 60_000

/** `YYYY-MM-DD HH:mm`, China time (UTC+8). */
export const chinaTime = (ms: number): string =>
  new Date(ms + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ')

export const orderView = (o: OrderDoc): Order => ({
  id: o._id,
  code: o.code,
  status: o.status,
  goods: { id: o.goodsId, name: o.goodsName, points: o.unitPoints, shopId: o.shopId, shopName: o.shopName },
  quantity: o.quantity,
  points: o.points,
  createdAt: o.createdAt,
  expiresAt: o.expiresAt,
  confirmedAt: o.confirmedAt,
  closedAt: o.closedAt,
})

/** The caller's own order, settled; NOT_FOUND for none, PERMISSION_DENIED for someone else's. */
export async function ownOrder(tx: CloudTx, openid: string, orderId: string, now: number) {
  const order = await tx.get('orders', orderId)
  if (!order) throw new CloudError('NOT_FOUND', '没有找到这笔兑换')
  if (order.openid !== openid) throw new CloudError('PERMISSION_DENIED', '这不是你的兑换')
  return settle(tx, order, now)
}

export async function requireClerk(tx: CloudTx, openid: string) {
  const user = await tx.get('users', openid)
  if (!user || !user.clerkShopId) throw new CloudError('PERMISSION_DENIED', '只有合作商户的店员可以核销')
  return { ...user, clerkShopId: user.clerkShopId }
}
