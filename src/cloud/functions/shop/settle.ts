import type { CloudTx, OrderDoc } from '../../db/schema'
import { voidPending } from '../../ledger/transfers'

// In the main package (balance, ledger, login and 注销 settle orders); the rest of the shop
// function loads with the shop subpackage.

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
 * Reads only those (pending and due, through an index on `where`'s field, status and expiry).
 */
export async function settleExpired(tx: CloudTx, now: number, where: Partial<OrderDoc>): Promise<void> {
  const due = await tx.query(
    'orders',
    { ...where, status: 'pending' },
    { range: { expiresAt: { lte: now } } },
  )
  for (const order of due) await settle(tx, order, now)
}
