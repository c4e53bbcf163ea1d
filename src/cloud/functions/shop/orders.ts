import type { Order } from '../../../contract/shop'
import type { CloudTx, OrderDoc } from '../../db/schema'
import { voidPending } from '../../ledger/transfers'
import { CloudError } from '../../runtime/errors'

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

/** Voids the order's hold, returns its stock and closes it as cancelled or expired. */
export async function closeOrder(tx: CloudTx, order: OrderDoc, status: 'cancelled' | 'expired', at: number) {
  await voidPending(tx, order.transferId, {
    at,
    reason: `兑换${status === 'expired' ? '码超时' : '已取消'}，积分已退回`,
  })
  const goods = await tx.get('goods', order.goodsId)
  if (goods) await tx.update('goods', goods._id, { stock: goods.stock + order.quantity })
  const closed: OrderDoc = { ...order, status, closedAt: at }
  await tx.set('orders', closed)
  return closed
}

/** The order as it is now: an open one whose 30 minutes have run out is settled as expired. */
export const settle = (tx: CloudTx, order: OrderDoc, now: number): Promise<OrderDoc> =>
  order.status === 'pending' && order.expiresAt <= now
    ? closeOrder(tx, order, 'expired', order.expiresAt)
    : Promise.resolve(order)

/**
 * Expiry is lazy: before anything reads or writes a resident's orders or balance (or a shop's
 * stock, or a code), the open orders matching `where` whose time has run out release their hold.
 */
export const settleExpired = (tx: CloudTx, now: number, where: Partial<OrderDoc>): Promise<unknown> =>
  tx
    .query('orders', { ...where, status: 'pending' })
    .then((open) =>
      open.reduce<Promise<unknown>>((done, o) => done.then(() => settle(tx, o, now)), Promise.resolve()),
    )

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
