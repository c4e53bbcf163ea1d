import { redeemInput } from '../../../contract/schemas/shop'
import type { Order } from '../../../contract/shop'
import { shopAccountId } from '../../ledger/accounts'
import { createTransfer } from '../../ledger/transfers'
import { defineAction } from '../../runtime/action'
import { CloudError } from '../../runtime/errors'
import { codeSource } from './code'
import { ORDER_MS, orderView } from './orders'
import { settleExpired } from './settle'

/**
 * `shop.redeem` { goodsId, quantity (1–10), requestId (8–64 chars) } → Order: holds the points (a
 * pending transfer resident → shop) and reserves the stock in one transaction; the order has an
 * 8-digit code no other open order has and is valid 30 minutes. A repeated `requestId` (same
 * caller) answers the first order; with other input it is INVALID_ARGUMENT.
 * Errors: INVALID_ARGUMENT, PROFILE_REQUIRED, NOT_FOUND (goods), QUOTA_EXCEEDED (stock or
 * per-person limit), INSUFFICIENT_POINTS.
 */
export const redeem = defineAction({
  input: redeemInput,
  async handler({ db, openid, now }, { goodsId, quantity, requestId }): Promise<Order> {
    const at = now()
    const user = await db.get('users', openid)
    if (!user || !user.profile) throw new CloudError('PROFILE_REQUIRED')
    await settleExpired(db, at, { openid })
    await settleExpired(db, at, { goodsId })
    const all = await db.query('orders', { openid })
    const repeat = all.find((o) => o.requestId === requestId)
    if (repeat) {
      if (repeat.goodsId !== goodsId || repeat.quantity !== quantity) {
        throw new CloudError('INVALID_ARGUMENT', '请求编号已用于另一笔兑换')
      }
      return orderView(repeat)
    }
    const goods = await db.get('goods', goodsId)
    const shop = goods && (await db.get('shops', goods.shopId))
    if (!goods || !shop) throw new CloudError('NOT_FOUND', '没有找到这件商品')
    if (goods.stock < quantity) throw new CloudError('QUOTA_EXCEEDED', `库存不足，仅剩 ${goods.stock} 件`)
    const taken = all
      .filter((o) => o.goodsId === goodsId && (o.status === 'pending' || o.status === 'confirmed'))
      .reduce((sum, o) => sum + o.quantity, 0)
    if (taken + quantity > goods.perPersonLimit) {
      throw new CloudError('QUOTA_EXCEEDED', `每人限兑 ${goods.perPersonLimit} 件，你已兑 ${taken} 件`)
    }
    const id = db.newId('order')
    const points = goods.points * quantity
    const transfer = await createTransfer(db, {
      debitAccountId: user.accountId,
      creditAccountId: shopAccountId(shop._id),
      amount: points,
      kind: 'redeem',
      reason: `兑换 ${goods.name} ×${quantity}`,
      ref: { type: 'order', id },
      pending: true,
      at,
    })
    await db.update('goods', goodsId, { stock: goods.stock - quantity })
    let code: string
    do {
      code = codeSource.next()
      await settleExpired(db, at, { code })
    } while ((await db.query('orders', { code, status: 'pending' })).length)
    const order = {
      _id: id,
      code,
      openid,
      requestId,
      shopId: shop._id,
      shopName: shop.name,
      goodsId,
      goodsName: goods.name,
      unitPoints: goods.points,
      quantity,
      points,
      transferId: transfer._id,
      status: 'pending' as const,
      createdAt: at,
      expiresAt: at + ORDER_MS,
    }
    await db.insert('orders', order)
    return orderView(order)
  },
})
