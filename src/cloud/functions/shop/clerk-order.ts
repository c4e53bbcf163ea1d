import type { ActionContext } from '../../runtime/action'
import { CloudError } from '../../runtime/errors'
import { chinaTime, requireClerk } from './orders'
import { settle } from './settle'

/** A clerk may miss this many codes within the window; then every look-up waits until the oldest miss ages out. */
export const GUARD = { misses: 5, windowMs: 10 * 60_000 }

/**
 * The open order behind a code, for a clerk of its shop. Refuses, in this order: not a clerk or
 * too many recent misses (PERMISSION_DENIED), unknown code (NOT_FOUND, counted as a miss),
 * another shop's order (PERMISSION_DENIED, counted), the clerk's own order (PERMISSION_DENIED),
 * expired (EXPIRED, the hold released), cancelled or already confirmed (CONFLICT "已于 HH:mm 核销").
 * Misses are kept per clerk account (not per openid), so 注销 leaves nothing personal behind.
 */
export async function clerkOrder({ db, openid, now }: ActionContext, code: string) {
  const at = now()
  const clerk = await requireClerk(db, openid)
  const guard = await db.get('clerkGuards', clerk.accountId)
  const recent = (guard ? guard.misses : []).filter((t) => t > at - GUARD.windowMs)
  if (recent.length >= GUARD.misses) {
    const wait = Math.ceil((recent[recent.length - GUARD.misses] + GUARD.windowMs - at) / 60_000)
    throw new CloudError('PERMISSION_DENIED', `兑换码输错次数过多，请 ${wait} 分钟后再试`)
  }
  const orders = (await db.query('orders', { code })).sort((a, b) => b.createdAt - a.createdAt)
  const found = orders.find((o) => o.status === 'pending') || orders[0]
  if (!found || found.shopId !== clerk.clerkShopId) {
    await db.set('clerkGuards', { _id: clerk.accountId, misses: [...recent, at] })
    const left = `（还可再试 ${GUARD.misses - 1 - recent.length} 次）`
    throw found
      ? new CloudError('PERMISSION_DENIED', `这是${found.shopName}的兑换码${left}`, true)
      : new CloudError('NOT_FOUND', `没有找到这个兑换码${left}`, true)
  }
  if (found.openid === openid) throw new CloudError('PERMISSION_DENIED', '不能核销自己的兑换')
  const order = await settle(db, found, at)
  if (order.status === 'expired') {
    throw new CloudError(
      'EXPIRED',
      `兑换码已于 ${chinaTime(order.expiresAt).slice(11)} 过期，积分已退回`,
      true,
    )
  }
  if (order.status === 'cancelled') throw new CloudError('CONFLICT', '居民已取消这笔兑换')
  if (order.confirmedAt) {
    const [day, time] = chinaTime(order.confirmedAt).split(' ')
    const other = chinaTime(at).startsWith(day) ? '' : `（${day}）`
    throw new CloudError('CONFLICT', `该兑换码已于 ${time} 核销${other}，请勿重复核销`)
  }
  return { order, clerk }
}
