import * as v from 'valibot'

import {
  INCOME_CATEGORIES,
  PROPERTY_RULES as R,
  SCORE_ITEMS,
  SPENDING_CATEGORIES,
  type AccountCategory,
} from '../property'

const text = (label: string, min: number, max: number, range = `${label}需为 ${min}–${max} 个字`) =>
  v.pipe(v.string(`请填写${label}`), v.trim(), v.minLength(min, range), v.maxLength(max, range))

const id = (missing: string) =>
  v.pipe(v.string(missing), v.trim(), v.minLength(1, missing), v.maxLength(40, missing))

const MONTH = '月份格式应为 YYYY-MM'

export const companyIdField = id('请选择物业企业')
export const estateIdField = id('请选择小区')

/** A calendar month `YYYY-MM` (2020–2099). */
export const monthField = v.pipe(v.string(MONTH), v.trim(), v.regex(/^20[2-9]\d-(0[1-9]|1[0-2])$/, MONTH))

const ITEM = `每项评分为 ${R.itemMin}–${R.itemMax} 的整数`
const item = v.pipe(v.number(ITEM), v.integer(ITEM), v.minValue(R.itemMin, ITEM), v.maxValue(R.itemMax, ITEM))

/** `property.score`: all five items, an optional comment (≤ 200, trimmed; empty means none). */
export const scoreInput = v.object({
  companyId: companyIdField,
  items: v.object(
    Object.fromEntries(SCORE_ITEMS.map((i) => [i.id, item])) as Record<
      (typeof SCORE_ITEMS)[number]['id'],
      typeof item
    >,
    '请为五个项目逐项评分',
  ),
  comment: v.optional(
    v.pipe(v.string('评价内容不正确'), v.trim(), v.maxLength(R.commentMax, `评价最多 ${R.commentMax} 个字`)),
  ),
})

const POINTS = `分值为 ${R.recordPointsMin}–${R.recordPointsMax} 的整数`

/** `property.record` */
export const recordInput = v.object({
  companyId: companyIdField,
  kind: v.picklist(['good', 'bad'], '请选择加分或扣分'),
  points: v.pipe(
    v.number(POINTS),
    v.integer(POINTS),
    v.minValue(R.recordPointsMin, POINTS),
    v.maxValue(R.recordPointsMax, POINTS),
  ),
  reason: text('事由', R.reasonMin, R.reasonMax),
})

export const estatesInput = v.object({ communityId: v.optional(id('请选择社区')) })
export const companiesInput = v.object({ streetId: v.optional(id('请选择街道')) })
export const companyInput = v.object({ companyId: companyIdField })
export const monthlyInput = v.object({ companyId: companyIdField, month: monthField })
export const boardInput = v.object({ streetId: v.optional(id('请选择街道')), month: monthField })

const MONTHS = `月数为 1–${R.historyMax}`
export const historyInput = v.object({
  companyId: companyIdField,
  months: v.optional(
    v.pipe(v.number(MONTHS), v.integer(MONTHS), v.minValue(1, MONTHS), v.maxValue(R.historyMax, MONTHS)),
  ),
})

export const replyInput = v.object({ month: monthField, text: text('回复', R.replyMin, R.replyMax) })

export const accountsInput = v.object({ estateId: estateIdField, month: monthField })

const AMOUNT = '金额以分为单位，需为不小于 0 的整数'

const lines = <C extends AccountCategory>(categories: { id: C; name: string }[], label: string) =>
  v.pipe(
    v.array(
      v.object({
        category: v.picklist(
          categories.map((c) => c.id),
          `${label}类别不正确`,
        ),
        amount: v.pipe(
          v.number(AMOUNT),
          v.integer(AMOUNT),
          v.minValue(0, AMOUNT),
          v.maxValue(R.amountMax, '金额过大'),
        ),
      }),
      `${label}明细不正确`,
    ),
    v.maxLength(categories.length, `${label}每个类别只填一行`),
    v.check(
      (rows: { category: C; amount: number }[]) => new Set(rows.map((r) => r.category)).size === rows.length,
      `${label}每个类别只填一行`,
    ),
  )

/** `property.enterAccounts`: amounts in fen (分), integers; each category at most once. */
export const enterAccountsInput = v.object({
  estateId: estateIdField,
  month: monthField,
  income: lines(INCOME_CATEGORIES, '收入'),
  spending: lines(SPENDING_CATEGORIES, '支出'),
})

/** `property.ask`: on a line item of a month's accounts. */
export const askInput = v.object({
  estateId: estateIdField,
  month: monthField,
  category: v.picklist(
    [...INCOME_CATEGORIES, ...SPENDING_CATEGORIES].map((c) => c.id),
    '请选择要询问的收支项目',
  ),
  text: text('问题', R.askMin, R.askMax),
})

export const answerQuestionInput = v.object({
  questionId: id('缺少问题编号'),
  text: text('答复', R.answerMin, R.answerMax),
})
