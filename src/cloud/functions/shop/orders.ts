import type { Order } from '../../../contract/shop'
import type { CloudTx, OrderDoc, UserDoc } from '../../db/schema'
import { voidPending } from '../../ledger/transfers'
import { CloudError } from '../../runtime/errors'

export const ORDER_MINUTES = 30
const CHINA = 8 * 3_600_000

/** `HH:mm`, China time. */
export function clock(ms: number): string {
  const d = new Date(ms + CHINA)
  return `${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')}`
}

/** `YYYY-MM-DD`, China time. */
export const chinaDate = (ms: number): string => new Date(ms + CHINA).toISOString().slice(0, 10)

export const maskName = (name: string): string => name.slice(0, 1) + '*'.repeat(Math.max(name.length - 1, 1))

export function orderView(doc: OrderDoc): Order {
  return {
    id: doc._id,
    code: doc.code,
    status: doc.status,
    goods: {
      id: doc.goodsId,
      name: doc.goodsName,
      points: doc.unitPoints,
      shopId: doc.shopId,
      shopName: doc.shopName,
    },
    quantity: doc.quantity,
    points: doc.points,
    createdAt: doc.createdAt,
    expiresAt: doc.expiresAt,
    confirmedAt: doc.confirmedAt,
    closedAt: doc.closedAt,
  }
}

/** Voids the order's hold, returns its stock and closes it as cancelled or expired. */
export async function closeOrder(
  tx: CloudTx,
  order: OrderDoc,
  status: 'cancelled' | 'expired',
  at: number,
): Promise<OrderDoc> {
  const reason = status === 'expired' ? '兑换码超时未使用，积分已退回' : '兑换已取消，积分已退回'
  await voidPending(tx, order.transferId, { at, reason })
  const goods = await tx.get('goods', order.goodsId)
  if (goods) await tx.update('goods', goods._id, { stock: goods.stock + order.quantity })
  const closed: OrderDoc = { ...order, status, closedAt: at }
  await tx.set('orders', closed)
  return closed
}

/** Settles one order if its 30 minutes have run out; answers it as it is now. */
export async function settleIfExpired(tx: CloudTx, order: OrderDoc, now: number): Promise<OrderDoc> {
  if (order.status !== 'pending' || order.expiresAt > now) return order
  return closeOrder(tx, order, 'expired', order.expiresAt)
}

/**
 * Expiry is lazy: before anything reads or writes a resident's orders or balance (or a shop's
 * stock), the pending orders matching `where` whose time has run out release their hold.
 */
export async function settleExpired(tx: CloudTx, now: number, where: Partial<OrderDoc>): Promise<void> {
  for (const order of await tx.query('orders', { ...where, status: 'pending' })) {
    await settleIfExpired(tx, order, now)
  }
}

/** The caller's own order; NOT_FOUND for none, PERMISSION_DENIED for someone else's. */
export async function ownOrder(tx: CloudTx, openid: string, orderId: string, now: number): Promise<OrderDoc> {
  const order = await tx.get('orders', orderId)
  if (!order) throw new CloudError('NOT_FOUND', '没有找到这个兑换订单')
  if (order.openid !== openid) throw new CloudError('PERMISSION_DENIED', '这不是你的兑换订单')
  return settleIfExpired(tx, order, now)
}

export async function requireClerk(tx: CloudTx, openid: string): Promise<UserDoc & { clerkShopId: string }> {
  const user = await tx.get('users', openid)
  if (!user?.roles.includes('clerk') || !user.clerkShopId) {
    throw new CloudError('PERMISSION_DENIED', '只有合作商户的店员可以核销，请先在「我的」绑定店员身份')
  }
  return user as UserDoc & { clerkShopId: string }
}
