import * as v from 'valibot'

import type { Goods } from '../../../contract/shop'
import { defineAction } from '../../runtime/action'
import { CloudError } from '../../runtime/errors'
import { SEED_GOODS } from '../../seed/goods'
import { settleExpired } from './settle'

/**
 * `shop.listGoods` { shopId } → the shop's goods: points price, stock left, per-person limit and
 * `mine` (the caller's quantity in pending and confirmed orders of each, which counts toward the
 * limit). Expired holds at the shop are released first, so the stock is current.
 * Errors: INVALID_ARGUMENT (shopId), NOT_FOUND (no such shop).
 */
export const listGoods = defineAction({
  input: v.object({ shopId: v.pipe(v.string('缺少门店'), v.minLength(1, '缺少门店'), v.maxLength(40)) }),
  async handler({ db, openid, now }, { shopId }): Promise<Goods[]> {
    if (!(await db.get('shops', shopId))) throw new CloudError('NOT_FOUND', '没有找到这家门店')
    await settleExpired(db, now(), { shopId })
    const mine = (await db.query('orders', { openid, shopId })).filter(
      (o) => o.status === 'pending' || o.status === 'confirmed',
    )
    return (await db.query('goods', { shopId }))
      .sort((a, b) => a.order - b.order)
      .map((g) => ({
        id: g._id,
        shopId,
        name: g.name,
        points: g.points,
        stock: g.stock,
        perPersonLimit: g.perPersonLimit,
        picture: g.picture ?? SEED_GOODS.find((s) => s._id === g._id)?.picture ?? 'tissue',
        mine: mine.reduce((sum, o) => sum + (o.goodsId === g._id ? o.quantity : 0), 0),
      }))
  },
})
