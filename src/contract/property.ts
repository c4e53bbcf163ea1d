/**
 * 物业红黑榜 (CONTRACT.md "The next domains", property). Months are China-time (UTC+8) calendar
 * months written `YYYY-MM`. Residents score the company serving their 小区 once a month; after the
 * month ends its result (`Monthly`) is computed from the stored scores, the staff's good/bad records
 * and the late 物业服务 grid reports, stored, and graded. Each 小区's property fund shows its monthly
 * accounts once community staff have confirmed what the 物业 entered.
 */

/** The five scored items, each an integer 1–5. */
export type ScoreItem = 'cleaning' | 'order' | 'repair' | 'greening' | 'openness'

export type ScoreItems = Record<ScoreItem, number>

export const SCORE_ITEMS: { id: ScoreItem; name: string }[] = [
  { id: 'cleaning', name: '保洁' },
  { id: 'order', name: '秩序维护' },
  { id: 'repair', name: '维修响应' },
  { id: 'greening', name: '绿化' },
  { id: 'openness', name: '收支公开' },
]

export type Grade = 'AAA' | 'AA' | 'A' | 'B' | 'C'

export type RecordKind = 'good' | 'bad'

/** Shared by the cloud's schemas, the formula and the app's inline checks. */
export const PROPERTY_RULES = {
  itemMin: 1,
  itemMax: 5,
  commentMax: 200,
  /** The Bayesian average's minimum sample: `v/(v+m)·R + m/(v+m)·C`. */
  m: 10,
  /** The district mean of an item in a month with no scores at all: the middle of the scale. */
  emptyDistrictMean: 3,
  /** Fewer scorers than this: grade `null` (样本不足). */
  minScorers: 5,
  /** Points deducted per late 物业服务 grid report. */
  latePenalty: 5,
  recordPointsMin: 1,
  recordPointsMax: 10,
  reasonMin: 4,
  reasonMax: 200,
  replyMin: 10,
  replyMax: 500,
  historyDefault: 12,
  historyMax: 24,
  askMin: 4,
  askMax: 200,
  answerMin: 2,
  answerMax: 300,
  /** An account line's amount, in fen (分): an integer from 0 to 100,000,000 yuan. */
  amountMax: 10_000_000_000,
} as const

/** Grade bands (Shandong's credit rules for property service companies); `null` below `minScorers`. */
export const GRADE_BANDS: { grade: Grade; min: number }[] = [
  { grade: 'AAA', min: 85 },
  { grade: 'AA', min: 80 },
  { grade: 'A', min: 70 },
  { grade: 'B', min: 60 },
]

export const GRADE_NAMES: Record<Grade, string> = {
  AAA: 'AAA（红榜）',
  AA: 'AA',
  A: 'A',
  B: 'B',
  C: 'C（黑榜）',
}

/** Income and spending categories of a 小区's property fund. */
export type IncomeCategory = 'fee' | 'public'
export type SpendingCategory = 'cleaning' | 'order' | 'repair' | 'greening' | 'other'
export type AccountCategory = IncomeCategory | SpendingCategory

export const INCOME_CATEGORIES: { id: IncomeCategory; name: string }[] = [
  { id: 'fee', name: '物业费' },
  { id: 'public', name: '公共收益' },
]

export const SPENDING_CATEGORIES: { id: SpendingCategory; name: string }[] = [
  { id: 'cleaning', name: '保洁' },
  { id: 'order', name: '秩序' },
  { id: 'repair', name: '维修' },
  { id: 'greening', name: '绿化' },
  { id: 'other', name: '其他' },
]

export interface Estate {
  id: string
  name: string
  communityId: string
  community: string
  /** The 街道 of the 小区 (the board's street switcher). */
  streetId: string
  street: string
  companyId: string
  company: string
}

export interface CompanySummary {
  id: string
  name: string
  estates: { id: string; name: string }[]
  /** The result of the last ended month (null before the company's first month here). */
  last: Monthly | null
}

/** `score`, `myScore`: my score for a month (the current one). */
export interface MyScore {
  companyId: string
  month: string
  items: ScoreItems
  comment?: string
  at: number
}

export interface ScoreInput {
  companyId: string
  items: ScoreItems
  comment?: string
}

export interface RecordInput {
  companyId: string
  kind: RecordKind
  points: number
  reason: string
}

/** A good or bad record entered by community staff (shown on the board: no staff name). */
export interface PropertyRecord {
  id: string
  companyId: string
  month: string
  kind: RecordKind
  points: number
  reason: string
  /** The community whose staff entered it. */
  community: string
  at: number
}

/** A late 物业服务 grid report behind a deduction (`resolvedAt` null: still open at the month's end). */
export interface LateTicket {
  ticketNo: string
  estate: string
  dueAt: number
  resolvedAt: number | null
}

/**
 * A company's ended month. `items`: the raw means (2 decimals; null without scorers); `district`: that
 * month's district means C (2 decimals; 3 when no one in the district scored); `base`: the five shrunk
 * means averaged and scaled 1 → 0, 5 → 100 (1 decimal); `good`/`bad`: the records' points;
 * `score` = clamp(base + good − bad − 5·lateTickets, 0, 100) (1 decimal); `grade` null = 样本不足.
 * `records` and `late` are what produced `good`, `bad` and `lateTickets`.
 */
export interface Monthly {
  companyId: string
  company: string
  month: string
  scorers: number
  items: Record<ScoreItem, number | null>
  district: ScoreItems
  base: number
  good: number
  bad: number
  lateTickets: number
  score: number
  grade: Grade | null
  records: PropertyRecord[]
  late: LateTicket[]
  reply?: { text: string; at: number }
}

export interface PropertyBoard {
  month: string
  red: Monthly[]
  black: Monthly[]
  all: Monthly[]
}

/** One line of a month's accounts: `amount` in fen (分), an integer. */
export interface AccountLine<C extends AccountCategory = AccountCategory> {
  category: C
  amount: number
}

export interface AccountQuestion {
  id: string
  estateId: string
  month: string
  category: AccountCategory
  text: string
  at: number
  answer?: { text: string; at: number }
}

/**
 * A 小区's property fund in one month, amounts in fen. `balance`: the running balance — every earlier
 * confirmed month's income minus spending, plus this month's as shown. A resident asking for a month
 * not (yet) confirmed gets it empty (`confirmed: false`, no lines, no questions); the 物业 of the
 * company and the community's staff see what was entered (`entered: true`) before it is confirmed.
 */
export interface Accounts {
  estateId: string
  estate: string
  companyId: string
  company: string
  month: string
  income: AccountLine<IncomeCategory>[]
  spending: AccountLine<SpendingCategory>[]
  balance: number
  confirmed: boolean
  entered: boolean
  /** The caller entered what is shown (so, as staff, may not confirm it: four eyes). */
  enteredByMe: boolean
  questions: AccountQuestion[]
}

export interface EnterAccountsInput {
  estateId: string
  month: string
  income: AccountLine<IncomeCategory>[]
  spending: AccountLine<SpendingCategory>[]
}

export interface AskInput {
  estateId: string
  month: string
  category: AccountCategory
  text: string
}
