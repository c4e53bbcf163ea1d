import type { CloudTx } from '../../db/schema'
import { closeOrder, settle } from './settle'

/**
 * 注销: open redemptions are cancelled (hold voided, stock returned; one past its 30 minutes is
 * settled as expired first, as on every read of the resident's orders) and every order loses its
 * link to the person and its request id. Clerks are recorded by points account (`confirmedBy`,
 * `clerkGuards`), which is not derived from the openid, so a clerk's 注销 leaves nothing to clear.
 */
export async function forgetOrders(tx: CloudTx, openid: string, at: number): Promise<void> {
  for (const found of await tx.query('orders', { openid })) {
    const order = await settle(tx, found, at)
    const closed = order.status === 'pending' ? await closeOrder(tx, order, 'cancelled', at) : order
    await tx.set('orders', { ...closed, openid: null, requestId: '' })
  }
}
