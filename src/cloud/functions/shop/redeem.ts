import * as v from 'valibot'

import { REDEEM_RULES, type Order } from '../../../contract/shop'
import type { CloudTx, OrderDoc } from '../../db/schema'
import { shopAccountId } from '../../ledger/accounts'
import { createTransfer } from '../../ledger/transfers'
import { defineAction } from '../../runtime/action'
import { CloudError } from '../../runtime/errors'
import { codeSource } from './code'
import { ORDER_MINUTES, orderView, settleExpired, settleIfExpired } from './orders'

const QUANTITY = `数量需为 1–${REDEEM_RULES.quantityMax} 件`

/** A code no open order holds; an expired holder is settled first, which frees its code. */
async function freeCode(tx: CloudTx, now: number): Promise<string> {
  for (;;) {
    const code = codeSource.next()
    const [holder] = await tx.query('orders', { code, status: 'pending' })
    if (!holder || (await settleIfExpired(tx, holder, now)).status !== 'pending') return code
  }
}

/**
 * `shop.redeem` { goodsId, quantity (1–10), requestId (8–64 chars) } → Order: holds the points (a
 * pending transfer resident → shop) and reserves the stock in one transaction; the order has an
 * 8-digit code no other open order has and is valid 30 minutes. A repeated `requestId` (same
 * caller) answers the first order; with other input it is INVALID_ARGUMENT.
 * Errors: INVALID_ARGUMENT, PROFILE_REQUIRED, NOT_FOUND (goods), QUOTA_EXCEEDED (stock or
 * per-person limit), INSUFFICIENT_POINTS.
 */
export const redeem = defineAction({
  input: v.object({
    goodsId: v.pipe(v.string('缺少兑换的商品'), v.minLength(1, '缺少兑换的商品'), v.maxLength(40)),
    quantity: v.pipe(
      v.number(QUANTITY),
      v.integer(QUANTITY),
      v.minValue(1, QUANTITY),
      v.maxValue(REDEEM_RULES.quantityMax, QUANTITY),
    ),
    requestId: v.pipe(
      v.string('缺少请求编号'),
      v.minLength(8, '请求编号需为 8–64 个字符'),
      v.maxLength(64, '请求编号需为 8–64 个字符'),
    ),
  }),
  async handler({ db, openid, now }, { goodsId, quantity, requestId }): Promise<Order> {
    const at = now()
    const user = await db.get('users', openid)
    if (!user?.profile)
      throw new CloudError('PROFILE_REQUIRED', '兑换前请先在「我的」完善实名信息（姓名和手机号）')
    await settleExpired(db, at, { openid })
    const [repeat] = await db.query('orders', { openid, requestId })
    if (repeat) {
      if (repeat.goodsId !== goodsId || repeat.quantity !== quantity) {
        throw new CloudError('INVALID_ARGUMENT', '请求编号已用于另一笔兑换，请刷新后重试')
      }
      return orderView(repeat)
    }
    const goods = await db.get('goods', goodsId)
    const shop = goods && (await db.get('shops', goods.shopId))
    if (!goods || !shop) throw new CloudError('NOT_FOUND', '没有找到这件商品')
    await settleExpired(db, at, { goodsId })
    const fresh = (await db.get('goods', goodsId)) ?? goods
    if (fresh.stock < quantity) {
      throw new CloudError(
        'QUOTA_EXCEEDED',
        fresh.stock > 0 ? `库存不足，仅剩 ${fresh.stock} 件` : '已经兑完了',
      )
    }
    const held = (await db.query('orders', { openid, goodsId }))
      .filter((o) => o.status === 'pending' || o.status === 'confirmed')
      .reduce((sum, o) => sum + o.quantity, 0)
    if (held + quantity > fresh.perPersonLimit) {
      throw new CloudError(
        'QUOTA_EXCEEDED',
        `每人限兑 ${fresh.perPersonLimit} 件，你已兑换 ${held} 件，还可兑换 ${Math.max(fresh.perPersonLimit - held, 0)} 件`,
      )
    }
    const orderId = db.newId('order')
    const points = fresh.points * quantity
    const transfer = await createTransfer(db, {
      debitAccountId: user.accountId,
      creditAccountId: shopAccountId(shop._id),
      amount: points,
      kind: 'redeem',
      reason: `兑换 ${fresh.name} ×${quantity}`,
      ref: { type: 'order', id: orderId },
      pending: true,
      at,
    })
    await db.update('goods', goodsId, { stock: fresh.stock - quantity })
    const order: OrderDoc = {
      _id: orderId,
      code: await freeCode(db, at),
      openid,
      requestId,
      shopId: shop._id,
      shopName: shop.name,
      goodsId,
      goodsName: fresh.name,
      unitPoints: fresh.points,
      quantity,
      points,
      transferId: transfer._id,
      status: 'pending',
      createdAt: at,
      expiresAt: at + ORDER_MINUTES * 60_000,
    }
    await db.insert('orders', order)
    return orderView(order)
  },
})
