import * as v from 'valibot'

import { EMPLOYER_KINDS, GIG_RULES as R, GIG_TRADES, PAY_UNITS } from '../gigs'
import { requestId } from './common'

const text = (label: string, min: number, max: number, range = `${label}需为 ${min}–${max} 个字`) =>
  v.pipe(v.string(`请填写${label}`), v.trim(), v.minLength(min, range), v.maxLength(max, range))

const optionalText = (label: string, max: number) =>
  v.optional(v.pipe(v.string(`${label}不正确`), v.trim(), v.maxLength(max, `${label}最多 ${max} 个字`)))

const id = (missing: string) =>
  v.pipe(v.string(missing), v.trim(), v.minLength(1, missing), v.maxLength(60, missing))

const TIME = '时间不正确'
const time = (label: string) =>
  v.pipe(
    v.number(`请选择${label}`),
    v.integer(TIME),
    v.minValue(0, TIME),
    v.maxValue(4_102_444_800_000, TIME),
  )

export const jobIdField = id('缺少零工岗位')
export const applicationIdField = id('缺少报名记录')
export const communityIdField = id('请选择社区')

export const tradeField = v.picklist(
  GIG_TRADES.map((t) => t.id),
  '请选择工种',
)

/**
 * The employer's business line (shown in full to accepted workers): a mainland mobile (11 digits,
 * 1[3-9]…) or a landline with its area code (0537-1234567, 05371234567). Spaces and hyphens are
 * dropped, then a landline is written `0537-1234567`.
 */
export const contactField = v.pipe(
  v.string('请填写联系电话'),
  v.transform((s: string) => s.replace(/[\s-]/g, '')),
  v.regex(/^(1[3-9]\d{9}|0\d{2,3}\d{7,8})$/, '联系电话需为手机号或带区号的固定电话（如 0537-1234567）'),
  v.transform((s: string) => {
    if (s.startsWith('1')) return s
    // area codes: 3 digits for 010 and 02x, otherwise 4 (0537)
    const area = /^(010|02\d)/.test(s) ? 3 : 4
    return `${s.slice(0, area)}-${s.slice(area)}`
  }),
)

/** `gigs.applyEmployer` */
export const applyEmployerInput = v.object({
  name: text('用工方名称', R.nameMin, R.nameMax),
  kind: v.picklist(
    EMPLOYER_KINDS.map((k) => k.id),
    '请选择用工方类型（商户、企业或家庭）',
  ),
  communityId: communityIdField,
  contact: contactField,
})

export const employerApplicationInput = v.object({ applicationId: applicationIdField })

export const rejectEmployerInput = v.object({
  applicationId: applicationIdField,
  reason: text('不通过的理由', R.reasonMin, R.reasonMax),
})

const PAY = `报酬需大于 0、不超过 ${R.payMax} 元，最多两位小数`

export const payField = v.object(
  {
    amount: v.pipe(
      v.number(PAY),
      v.check((n: number) => Number.isFinite(n) && n > 0 && n <= R.payMax, PAY),
      v.check((n: number) => Math.abs(Math.round(n * 100) - n * 100) < 1e-6, PAY),
    ),
    unit: v.picklist(
      PAY_UNITS.map((u) => u.id),
      '请选择计酬方式（按时、按天或按件）',
    ),
  },
  '请填写报酬',
)

const HEADCOUNT = `招募人数需为 ${R.headcountMin}–${R.headcountMax} 人`

/** `gigs.post`: times are checked against each other and the clock in the action. */
export const postInput = v.object({
  trade: tradeField,
  title: text('标题', R.titleMin, R.titleMax),
  description: text('工作内容', R.descriptionMin, R.descriptionMax),
  communityId: communityIdField,
  address: text('工作地点', R.addressMin, R.addressMax),
  startAt: time('开始时间'),
  endAt: time('结束时间'),
  pay: payField,
  headcount: v.pipe(
    v.number(HEADCOUNT),
    v.integer(HEADCOUNT),
    v.minValue(R.headcountMin, HEADCOUNT),
    v.maxValue(R.headcountMax, HEADCOUNT),
  ),
  deadline: time('报名截止时间'),
  requestId,
})

/** `gigs.review`: a rejection needs its reason (2–200). */
export const reviewInput = v.pipe(
  v.object({
    jobId: jobIdField,
    approve: v.boolean('请选择通过或不通过'),
    reason: optionalText('理由', R.reasonMax),
  }),
  v.check(
    (i) => i.approve || (i.reason ?? '').length >= R.reasonMin,
    `不通过时请填写理由（${R.reasonMin}–${R.reasonMax} 个字）`,
  ),
)

const DATE = '日期格式应为 YYYY-MM-DD'

export const listInput = v.object({
  trade: v.optional(tradeField),
  date: v.optional(v.pipe(v.string(DATE), v.regex(/^20\d\d-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, DATE))),
  sort: v.optional(v.picklist(['distance', 'start'], '排序方式不正确')),
  cursor: v.optional(v.pipe(v.string('分页位置不正确'), v.minLength(1), v.maxLength(200))),
  limit: v.optional(v.pipe(v.number('每页条数不正确'), v.integer(), v.minValue(1), v.maxValue(50))),
})

export const pageInput = v.object({
  cursor: v.optional(v.pipe(v.string('分页位置不正确'), v.minLength(1), v.maxLength(200))),
  limit: v.optional(v.pipe(v.number('每页条数不正确'), v.integer(), v.minValue(1), v.maxValue(50))),
})

export const jobInput = v.object({ jobId: jobIdField })

export const cancelInput = v.object({ jobId: jobIdField, reason: optionalText('取消原因', R.reasonMax) })

const TRADES = '擅长工种需从工种列表中选择'

/** `gigs.card`: trades from the list (each once), times available (1–100), a note (≤ 200; empty means none). */
export const cardInput = v.object({
  trades: v.pipe(
    v.array(tradeField, TRADES),
    v.maxLength(GIG_TRADES.length, TRADES),
    v.check((t) => new Set(t).size === t.length, '擅长工种不要重复选择'),
  ),
  times: text('可工作时间', R.timesMin, R.timesMax),
  note: optionalText('备注', R.noteMax),
})

/** `gigs.apply`: a message to the employer (≤ 200; may be empty). */
export const applyInput = v.object({
  jobId: jobIdField,
  message: v.optional(
    v.pipe(v.string('留言不正确'), v.trim(), v.maxLength(R.messageMax, `留言最多 ${R.messageMax} 个字`)),
    '',
  ),
})

export const applicationInput = v.object({ applicationId: applicationIdField })

/** `gigs.decide`: declining needs a reason (2–200). */
export const decideInput = v.pipe(
  v.object({
    applicationId: applicationIdField,
    accept: v.boolean('请选择录用或婉拒'),
    reason: optionalText('理由', R.reasonMax),
  }),
  v.check(
    (i) => i.accept || (i.reason ?? '').length >= R.reasonMin,
    `婉拒时请填写理由（${R.reasonMin}–${R.reasonMax} 个字）`,
  ),
)

export const completeInput = v.object({
  applicationId: applicationIdField,
  outcome: v.picklist(['done', 'noshow'], '请选择完成或未到岗'),
})

const SCORE = `评分为 ${R.scoreMin}–${R.scoreMax} 的整数`

export const rateInput = v.object({
  applicationId: applicationIdField,
  score: v.pipe(
    v.number(SCORE),
    v.integer(SCORE),
    v.minValue(R.scoreMin, SCORE),
    v.maxValue(R.scoreMax, SCORE),
  ),
  comment: optionalText('评价', R.commentMax),
})
