import {
  GRADE_BANDS,
  PROPERTY_RULES as R,
  SCORE_ITEMS,
  type Estate,
  type Grade,
  type LateTicket,
  type Monthly,
  type MyScore,
  type PropertyRecord,
  type ScoreItem,
  type ScoreItems,
} from '../../../contract/property'
import type { TicketStatus } from '../../../contract/grid'
import type {
  CloudTx,
  CompanyDoc,
  EstateDoc,
  PropertyMonthlyDoc,
  PropertyRecordDoc,
  PropertyScoreDoc,
  TicketDoc,
  UserDoc,
} from '../../db/schema'
import { CloudError } from '../../runtime/errors'

const CHINA_OFFSET = 8 * 3_600_000

/** The China-time (UTC+8) calendar month `YYYY-MM` of an instant, whatever the host's timezone. */
export const chinaMonth = (ms: number): string => new Date(ms + CHINA_OFFSET).toISOString().slice(0, 7)

/** The instant a China-time month starts (00:00 on the 1st, UTC+8). */
export const monthStart = (month: string): number =>
  Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1, 1) - CHINA_OFFSET

/** The month `n` months after (`n` < 0: before) `month`. */
export const addMonths = (month: string, n: number): string => {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + n
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`
}

/** The instant a month ends: the start of the next one (exclusive). */
export const monthEnd = (month: string): number => monthStart(addMonths(month, 1))

/** A month has ended when its end is not after `now`. */
export const hasEnded = (month: string, now: number): boolean => monthEnd(month) <= now

export const round = (x: number, digits: number): number => {
  const f = 10 ** digits
  return Math.round((x + Number.EPSILON) * f) / f
}

export async function requireCompany(tx: CloudTx, companyId: string): Promise<CompanyDoc> {
  const company = await tx.get('companies', companyId)
  if (!company) throw new CloudError('NOT_FOUND', '没有找到这家物业企业')
  return company
}

export async function requireEstate(tx: CloudTx, estateId: string): Promise<EstateDoc> {
  const estate = await tx.get('estates', estateId)
  if (!estate) throw new CloudError('NOT_FOUND', '没有找到这个小区')
  return estate
}

/** The 小区 a company serves, in seed order (estates is a small, fixed collection). */
export async function estatesOf(tx: CloudTx, companyId: string): Promise<EstateDoc[]> {
  return (await tx.query('estates', { companyId })).sort((a, b) => a.order - b.order)
}

export async function allCompanies(tx: CloudTx): Promise<CompanyDoc[]> {
  return (await tx.query('companies')).sort((a, b) => a.order - b.order)
}

/** The company a caller holds the 物业 role for, if any. */
export const propertyCompanyId = (user: UserDoc | null): string | undefined =>
  user?.roles.includes('property') ? user.bindings?.property?.companyId : undefined

/** The caller as 物业 of `companyId`, else PERMISSION_DENIED. */
export async function requireProperty(tx: CloudTx, openid: string, companyId?: string): Promise<UserDoc> {
  const user = await tx.get('users', openid)
  const own = propertyCompanyId(user)
  if (!own) throw new CloudError('PERMISSION_DENIED', '只有物业企业的账号可以这样做')
  if (companyId !== undefined && own !== companyId) {
    throw new CloudError('PERMISSION_DENIED', '只能处理本企业服务的小区')
  }
  return user!
}

/** The caller as staff (their community), else PERMISSION_DENIED. */
export async function requireStaffOf(tx: CloudTx, openid: string, message: string): Promise<string> {
  const user = await tx.get('users', openid)
  if (!user?.roles.includes('staff') || !user.staffCommunityId)
    throw new CloudError('PERMISSION_DENIED', message)
  return user.staffCommunityId
}

export async function estateView(tx: CloudTx, estate: EstateDoc): Promise<Estate> {
  const community = await tx.get('communities', estate.communityId)
  const company = await tx.get('companies', estate.companyId)
  const street = await tx.get('streets', estate.streetId)
  return {
    id: estate._id,
    name: estate.name,
    communityId: estate.communityId,
    community: community?.name ?? '',
    streetId: estate.streetId,
    street: street?.name ?? '',
    companyId: estate.companyId,
    company: company?.name ?? '',
  }
}

export const myScoreView = (doc: PropertyScoreDoc): MyScore => ({
  companyId: doc.companyId,
  month: doc.month,
  items: doc.items,
  ...(doc.comment ? { comment: doc.comment } : {}),
  at: doc.at,
})

const OPEN: readonly TicketStatus[] = ['submitted', 'accepted', 'dispatched', 'reopened']

/**
 * A 小区's late 物业服务 reports of a month: resolved in the month after their `dueAt`, or still open
 * at the month's end with their `dueAt` in the month (each ticket once). Read from the timeline, so
 * the answer for an ended month never changes.
 */
export function lateInMonth(ticket: TicketDoc, month: string): { late: boolean; resolvedAt: number | null } {
  const start = monthStart(month)
  const end = monthEnd(month)
  const resolvedLate = ticket.timeline.find(
    (e) => e.status === 'resolved' && e.at >= start && e.at < end && e.at > ticket.dueAt,
  )
  if (resolvedLate) return { late: true, resolvedAt: resolvedLate.at }
  const before = ticket.timeline.filter((e) => e.at < end)
  const statusAtEnd = before[before.length - 1]?.status
  const openAtEnd = statusAtEnd !== undefined && OPEN.includes(statusAtEnd)
  return { late: openAtEnd && ticket.dueAt >= start && ticket.dueAt < end, resolvedAt: null }
}

async function lateTickets(tx: CloudTx, estates: EstateDoc[], month: string): Promise<LateTicket[]> {
  const late: LateTicket[] = []
  for (const estate of estates) {
    const tickets = await tx.query(
      'tickets',
      { estateId: estate._id, category: 'property' },
      { orderBy: [['createdAt', 'asc']], range: { createdAt: { lt: monthEnd(month) } } },
    )
    for (const ticket of tickets) {
      const { late: isLate, resolvedAt } = lateInMonth(ticket, month)
      if (isLate) late.push({ ticketNo: ticket._id, estate: estate.name, dueAt: ticket.dueAt, resolvedAt })
    }
  }
  return late
}

export const gradeOf = (score: number, scorers: number, bad: number, lateCount: number): Grade | null => {
  if (scorers < R.minScorers) return null
  const band = GRADE_BANDS.find((b) => score >= b.min)
  if (band) return band.grade
  return bad === 0 && lateCount === 0 ? 'B' : 'C'
}

const sumOf = (scores: PropertyScoreDoc[], item: ScoreItem) => scores.reduce((s, x) => s + x.items[item], 0)

/**
 * A company's month, computed from what is stored (scores, records, tickets): per item, the raw mean
 * R of its v scores is shrunk toward the district mean C of the month (every company's scores; 3
 * when there are none) by `v/(v+m)·R + m/(v+m)·C`, m = 10; `base` = the mean of the five shrunk
 * means scaled 1 → 0, 5 → 100, one decimal; `score` = clamp(base + good − bad − 5·late, 0, 100).
 */
export async function computeMonthly(
  tx: CloudTx,
  company: CompanyDoc,
  month: string,
): Promise<Omit<PropertyMonthlyDoc, '_id' | 'computedAt'>> {
  const district = await tx.query('propertyScores', { month })
  const mine = district.filter((s) => s.companyId === company._id)
  const v = mine.length
  const items = {} as Record<ScoreItem, number | null>
  const districtMeans = {} as ScoreItems
  let shrunkTotal = 0
  for (const { id } of SCORE_ITEMS) {
    const c = district.length > 0 ? sumOf(district, id) / district.length : R.emptyDistrictMean
    districtMeans[id] = round(c, 2)
    items[id] = v > 0 ? round(sumOf(mine, id) / v, 2) : null
    // v/(v+m)·R + m/(v+m)·C, with v·R the sum of the scores
    shrunkTotal += (sumOf(mine, id) + R.m * c) / (v + R.m)
  }
  const base = round(((shrunkTotal / SCORE_ITEMS.length - 1) / 4) * 100, 1)
  const recordDocs = (await tx.query('propertyRecords', { companyId: company._id, month })).sort(
    (a, b) => a.at - b.at || (a._id < b._id ? -1 : 1),
  )
  const records: PropertyRecord[] = []
  for (const doc of recordDocs) records.push(await recordView(tx, doc))
  const good = records.filter((r) => r.kind === 'good').reduce((s, r) => s + r.points, 0)
  const bad = records.filter((r) => r.kind === 'bad').reduce((s, r) => s + r.points, 0)
  const late = await lateTickets(tx, await estatesOf(tx, company._id), month)
  const score = round(Math.min(100, Math.max(0, base + good - bad - R.latePenalty * late.length)), 1)
  return {
    companyId: company._id,
    month,
    scorers: v,
    items,
    district: districtMeans,
    base,
    good,
    bad,
    lateTickets: late.length,
    score,
    grade: gradeOf(score, v, bad, late.length),
    records,
    late,
  }
}

export async function recordView(tx: CloudTx, doc: PropertyRecordDoc): Promise<PropertyRecord> {
  const community = await tx.get('communities', doc.communityId)
  return {
    id: doc._id,
    companyId: doc.companyId,
    month: doc.month,
    kind: doc.kind,
    points: doc.points,
    reason: doc.reason,
    community: community?.name ?? '',
    at: doc.at,
  }
}

export const monthlyId = (companyId: string, month: string): string => `${companyId}:${month}`

/**
 * An ended month's result: the stored snapshot, or computed now (its first read) and stored. Its
 * inputs cannot change once the month has ended (scores and records count in the month they are
 * given; the tickets' timelines only grow), so the snapshot equals a recomputation.
 * Errors: WINDOW_CLOSED (the month has not ended), NOT_FOUND (before the company's first month).
 */
export async function monthlyOf(
  tx: CloudTx,
  company: CompanyDoc,
  month: string,
  now: number,
): Promise<Monthly> {
  if (!hasEnded(month, now)) throw new CloudError('WINDOW_CLOSED', '本月尚未结束，月度结果在下月初公布')
  if (month < company.since) throw new CloudError('NOT_FOUND', '该物业企业当月尚未在本区参与评价')
  const id = monthlyId(company._id, month)
  let doc = await tx.get('propertyMonthlies', id)
  if (!doc) {
    doc = { _id: id, ...(await computeMonthly(tx, company, month)), computedAt: now }
    await tx.set('propertyMonthlies', doc)
  }
  const { _id: _, computedAt: _at, ...rest } = doc
  const reply = await tx.get('propertyReplies', id)
  return {
    ...rest,
    company: company.name,
    ...(reply ? { reply: { text: reply.text, at: reply.at } } : {}),
  }
}
