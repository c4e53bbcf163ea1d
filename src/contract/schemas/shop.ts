import * as v from 'valibot'

import { REDEEM_RULES as R } from '../shop'
import { requestId } from './common'

const QUANTITY = `数量需为 1–${R.quantityMax} 件`

/** `shop.redeem`, as the cloud and the redeem sheet check it. */
export const redeemInput = v.object({
  goodsId: v.pipe(v.string('缺少商品'), v.minLength(1, '缺少商品'), v.maxLength(40)),
  quantity: v.pipe(
    v.number(QUANTITY),
    v.integer(QUANTITY),
    v.minValue(1, QUANTITY),
    v.maxValue(R.quantityMax, QUANTITY),
  ),
  requestId,
})

/** `shop.lookup` and `shop.confirm`: the order's 8-digit code, as the clerk types or scans it. */
export const orderCodeInput = v.object({
  code: v.pipe(v.string('请输入兑换码'), v.trim(), v.regex(R.codePattern, '兑换码是 8 位数字')),
})
