import * as v from 'valibot'

import { REDEEM_RULES } from '../../../contract/shop'
import type { CloudTx, OrderDoc } from '../../db/schema'
import type { ActionContext } from '../../runtime/action'
import { CloudError } from '../../runtime/errors'
import { chinaDate, clock, requireClerk, settleIfExpired } from './orders'

/** A clerk may miss this many times within the window; then look-ups are refused until the oldest miss ages out. */
export const GUARD = { misses: 5, windowMs: 10 * 60_000 }

export const codeInput = v.object({
  code: v.pipe(v.string('请输入兑换码'), v.trim(), v.regex(REDEEM_RULES.codePattern, '兑换码是 8 位数字')),
})

async function recentMisses(tx: CloudTx, openid: string, now: number): Promise<number[]> {
  const guard = await tx.get('clerkGuards', openid)
  const recent = (guard?.misses ?? []).filter((at) => at > now - GUARD.windowMs)
  if (recent.length >= GUARD.misses) {
    const minutes = Math.ceil((recent[recent.length - GUARD.misses] + GUARD.windowMs - now) / 60_000)
    throw new CloudError('PERMISSION_DENIED', `兑换码输错次数过多，请 ${minutes} 分钟后再试`)
  }
  return recent
}

/** Records a failed look-up and answers it; the record survives the failure. */
async function miss(tx: CloudTx, openid: string, now: number, recent: number[], error: CloudError) {
  const misses = [...recent, now]
  await tx.set('clerkGuards', { _id: openid, misses })
  const left = GUARD.misses - misses.length
  const hint =
    left > 0 ? `（还可再试 ${left} 次）` : `（已连续输错，请 ${GUARD.windowMs / 60_000} 分钟后再试）`
  return new CloudError(error.code, error.message + hint, true)
}

async function byCode(tx: CloudTx, code: string): Promise<OrderDoc | undefined> {
  const [open] = await tx.query('orders', { code, status: 'pending' })
  if (open) return open
  return (await tx.query('orders', { code })).sort((a, b) => b.createdAt - a.createdAt)[0]
}

/**
 * The open order behind a code, for a clerk of its shop. Refuses (in this order): not a clerk or
 * too many recent misses (PERMISSION_DENIED), unknown code (NOT_FOUND, counted), another shop's
 * order (PERMISSION_DENIED, counted), the clerk's own order (PERMISSION_DENIED), expired
 * (EXPIRED, the hold released), already confirmed or cancelled (CONFLICT).
 */
export async function clerkOrder({ db, openid, now }: ActionContext, code: string) {
  const clerk = await requireClerk(db, openid)
  const at = now()
  const recent = await recentMisses(db, openid, at)
  const found = await byCode(db, code)
  if (!found) throw await miss(db, openid, at, recent, new CloudError('NOT_FOUND', '没有找到这个兑换码'))
  if (found.shopId !== clerk.clerkShopId) {
    const error = new CloudError('PERMISSION_DENIED', `这是「${found.shopName}」的兑换码，请到该门店核销`)
    throw await miss(db, openid, at, recent, error)
  }
  if (found.openid === openid) throw new CloudError('PERMISSION_DENIED', '不能核销自己下的兑换订单')
  const order = await settleIfExpired(db, found, at)
  if (order.status === 'expired') {
    throw new CloudError('EXPIRED', `兑换码已于 ${clock(order.expiresAt)} 过期，积分已退回居民`, true)
  }
  if (order.status === 'cancelled') throw new CloudError('CONFLICT', '居民已取消这笔兑换')
  if (order.status === 'confirmed' && order.confirmedAt !== undefined) {
    const day = chinaDate(order.confirmedAt) === chinaDate(at) ? '' : `（${chinaDate(order.confirmedAt)}）`
    throw new CloudError('CONFLICT', `该兑换码已于 ${clock(order.confirmedAt)} 核销${day}，请勿重复核销`)
  }
  return { order, clerk }
}
