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
 * 8-digit code (from the cloud's random source) no other open order has and is valid 30 minutes.
 * Idempotent on `requestId` per caller (runtime/idempotency.ts): a repeat answers the first order
 * exactly as it was first answered (still `pending`, even once confirmed) and holds nothing more.
 * Errors: INVALID_ARGUMENT (fields; the same requestId with other input), PROFILE_REQUIRED,
 * NOT_FOUND (goods), QUOTA_EXCEEDED (stock or per-person limit), INSUFFICIENT_POINTS.
 */
export const redeem = defineAction({
  input: redeemInput,
  idempotent: true,
  async handler({ db, openid, now, random }, { goodsId, quantity }): Promise<Order> {
    const at = now()
    const user = await db.get('users', openid)
    if (!user || !user.profile) throw new CloudError('PROFILE_REQUIRED')
    await settleExpired(db, at, { openid })
    await settleExpired(db, at, { goodsId })
    const all = await db.query('orders', { openid })
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
      code = codeSource.next(random)
      await settleExpired(db, at, { code })
    } while ((await db.query('orders', { code, status: 'pending' })).length)
    const order = {
      _id: id,
      code,
      openid,
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
