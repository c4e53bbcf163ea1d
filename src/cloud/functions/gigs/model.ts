import {
  GIG_RULES as R,
  GIG_TRADES,
  type Application,
  type Card,
  type Employer,
  type Job,
  type JobStatus,
  type JobSummary,
  type TradeId,
  type WorkRecord,
} from '../../../contract/gigs'
import type { CloudTx, EmployerDoc, GigApplicationDoc, GigCardDoc, JobDoc, UserDoc } from '../../db/schema'
import { CloudError } from '../../runtime/errors'
import { isStaffOf, requireStaffRole, writeNotice, type Staff } from '../common'

/**
 * Community coordinates for the job list's distances (WGS-84, approximate centres, made up for the
 * demo from the map of 任城区; straight-line distances between them are what matters). A community
 * missing here has no distance (such jobs sort last by distance).
 */
export const GIG_PLACES: Record<string, { lat: number; lng: number }> = {
  'jc-xinhua': { lat: 35.415, lng: 116.587 },
  'jc-guanghe': { lat: 35.408, lng: 116.58 },
  'jy-longxing': { lat: 35.399, lng: 116.602 },
  'jy-dianyuan': { lat: 35.403, lng: 116.608 },
  'jy-nanmen': { lat: 35.4, lng: 116.592 },
  'jy-liuhang': { lat: 35.393, lng: 116.6 },
  'fq-jinpujie': { lat: 35.412, lng: 116.6 },
  'gh-xianqianjie': { lat: 35.406, lng: 116.588 },
  'gyg-leyuan': { lat: 35.42, lng: 116.595 },
  'yh-zhuganxiang': { lat: 35.403, lng: 116.583 },
  'wy-liucun': { lat: 35.345, lng: 116.5 },
  'nz-chongxuan': { lat: 35.405, lng: 116.495 },
}

const EARTH_KM = 6371

/** Great-circle (haversine) distance in km between two communities, 1 decimal; undefined without coordinates. */
export function distanceKm(from: string, to: string): number | undefined {
  const a = GIG_PLACES[from]
  const b = GIG_PLACES[to]
  if (!a || !b) return undefined
  const rad = (d: number) => (d * Math.PI) / 180
  const dLat = rad(b.lat - a.lat)
  const dLng = rad(b.lng - a.lng)
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLng / 2) ** 2
  const km = 2 * EARTH_KM * Math.asin(Math.min(1, Math.sqrt(h)))
  return Math.round(km * 10) / 10
}

export const tradeOf = (id: TradeId) => GIG_TRADES.find((t) => t.id === id)!

export { isBelowGuide } from '../../../contract/gigs'

const CHINA_OFFSET = 8 * 3_600_000
const DAY = 86_400_000

/** Start (inclusive) and end (exclusive) of a China-time day `YYYY-MM-DD`. */
export function chinaDay(date: string): { start: number; end: number } {
  const start =
    Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) - CHINA_OFFSET
  return { start, end: start + DAY }
}

/**
 * A post's status as of `now`: a recruiting post whose deadline has passed (or that has started —
 * its deadline is never after its start) is closed; anything else as stored.
 */
export const statusAt = (job: JobDoc, now: number): JobStatus =>
  job.status === 'recruiting' && (now > job.deadline || now >= job.startAt) ? 'closed' : job.status

/** The post as of `now`, stored so when it closed itself since its last write (writes call this). */
export async function settle(tx: CloudTx, job: JobDoc, now: number): Promise<JobDoc> {
  const status = statusAt(job, now)
  if (status === job.status) return job
  const next = { ...job, status }
  await tx.set('jobs', next)
  return next
}

export const maskName = (name: string) => name.slice(0, 1) + '*'.repeat(Math.max(1, name.length - 1))

/** The employer the caller acts for (role and binding), if any. */
export const employerIdOf = (user: UserDoc | null): string | undefined =>
  user?.roles.includes('employer') ? user.bindings?.employer?.employerId : undefined

export { findCommunity, isStaffOf, requireResident } from '../common'

/** The caller as staff of some community, else PERMISSION_DENIED. */
export const requireStaff = (tx: CloudTx, openid: string): Promise<Staff> =>
  requireStaffRole(tx, openid, '只有社区工作人员可以审核零工驿站的信息')

/** The caller as an approved employer: their user record and the employer, else PERMISSION_DENIED. */
export async function requireEmployer(
  tx: CloudTx,
  openid: string,
): Promise<{ user: UserDoc; employer: EmployerDoc }> {
  const user = await tx.get('users', openid)
  const employerId = employerIdOf(user)
  const employer = employerId ? await tx.get('employers', employerId) : null
  if (!user || !employer || employer.status !== 'approved') {
    throw new CloudError('PERMISSION_DENIED', '只有经社区审核通过的用工方可以这样做，请先申请成为用工方')
  }
  return { user, employer }
}

export async function findJob(tx: CloudTx, id: string): Promise<JobDoc> {
  const job = await tx.get('jobs', id)
  if (!job) throw new CloudError('NOT_FOUND', '没有找到这个零工岗位')
  return job
}

export async function findApplication(tx: CloudTx, id: string): Promise<GigApplicationDoc> {
  const app = await tx.get('gigApplications', id)
  if (!app) throw new CloudError('NOT_FOUND', '没有找到这条报名记录')
  return app
}

/** The job's employer as the caller, else PERMISSION_DENIED. */
export function mustBeEmployerOf(user: UserDoc | null, job: { employerId: string }): void {
  if (employerIdOf(user) !== job.employerId) {
    throw new CloudError('PERMISSION_DENIED', '只有发布这个岗位的用工方可以这样做')
  }
}

/** Who may see a post in review or rejected: its employer and staff of its community. */
export const maySeeUnpublished = (user: UserDoc | null, job: JobDoc) =>
  employerIdOf(user) === job.employerId || isStaffOf(user, job.communityId)

/** Mean of ratings, 1 decimal; null without any. */
export const mean = (sum: number, count: number): number | null =>
  count === 0 ? null : Math.round((sum / count) * 10) / 10

export const isFlagged = (e: Pick<EmployerDoc, 'ratingSum' | 'ratingCount'>) =>
  e.ratingCount >= R.flagMinRatings && e.ratingSum / e.ratingCount <= R.flagMaxAverage

/** Community names, read once per list. */
export function communityNames(tx: CloudTx) {
  const known = new Map<string, string>()
  return async (id: string) => {
    if (!known.has(id)) known.set(id, (await tx.get('communities', id))?.name ?? '')
    return known.get(id)!
  }
}

/** Employer names, read once per list. */
export function employerNames(tx: CloudTx) {
  const known = new Map<string, string>()
  return async (id: string) => {
    if (!known.has(id)) known.set(id, (await tx.get('employers', id))?.name ?? '')
    return known.get(id)!
  }
}

type Names = (id: string) => Promise<string>

export async function jobView(
  tx: CloudTx,
  job: JobDoc,
  viewer: UserDoc | null,
  now: number,
  names: { community?: Names; employer?: Names } = {},
): Promise<Job> {
  const trade = tradeOf(job.trade)
  const view: Job = {
    id: job._id,
    employerId: job.employerId,
    employerName: await (names.employer ?? employerNames(tx))(job.employerId),
    trade: job.trade,
    tradeName: trade.name,
    title: job.title,
    description: job.description,
    communityId: job.communityId,
    community: await (names.community ?? communityNames(tx))(job.communityId),
    address: job.address,
    startAt: job.startAt,
    endAt: job.endAt,
    pay: { ...job.pay },
    guidePrice: { ...trade.guidePrice },
    belowGuide: job.belowGuide,
    headcount: job.headcount,
    accepted: job.accepted,
    deadline: job.deadline,
    status: statusAt(job, now),
    createdAt: job.createdAt,
  }
  if (job.review) view.review = { ...job.review }
  if (employerIdOf(viewer) === job.employerId) view.own = true
  return view
}

export function summaryView(job: JobDoc, community: string, km: number | undefined): JobSummary {
  const trade = tradeOf(job.trade)
  const view: JobSummary = {
    id: job._id,
    trade: job.trade,
    tradeName: trade.name,
    title: job.title,
    communityId: job.communityId,
    community,
    startAt: job.startAt,
    endAt: job.endAt,
    pay: { ...job.pay },
    belowGuide: job.belowGuide,
    headcount: job.headcount,
    accepted: job.accepted,
    deadline: job.deadline,
  }
  if (km !== undefined) view.distanceKm = km
  return view
}

export async function applicationView(
  tx: CloudTx,
  app: GigApplicationDoc,
  now: number,
  job?: JobDoc,
  community?: Names,
): Promise<Application> {
  const j = job ?? (await findJob(tx, app.jobId))
  const view: Application = {
    id: app._id,
    jobId: app.jobId,
    title: j.title,
    community: await (community ?? communityNames(tx))(j.communityId),
    startAt: j.startAt,
    endAt: j.endAt,
    jobStatus: statusAt(j, now),
    status: app.status,
    message: app.message,
    appliedAt: app.appliedAt,
  }
  if (app.decidedAt !== undefined) view.decidedAt = app.decidedAt
  if (app.reason) view.reason = app.reason
  if (app.completedAt !== undefined) view.completedAt = app.completedAt
  if (app.points) view.points = app.points
  if (app.byEmployer) view.byEmployer = { ...app.byEmployer }
  if (app.byWorker) view.byWorker = { ...app.byWorker }
  return view
}

/**
 * An employer (or application) as `viewer` sees it: the business line to the applicant, the
 * employer itself and the community's staff; the applicant's name in full to that staff only.
 */
export async function employerView(tx: CloudTx, e: EmployerDoc, viewer: UserDoc | null): Promise<Employer> {
  const staff = isStaffOf(viewer, e.communityId)
  const view: Employer = {
    id: e._id,
    name: e.name,
    kind: e.kind,
    communityId: e.communityId,
    community: (await tx.get('communities', e.communityId))?.name ?? '',
    status: e.status,
    appliedAt: e.appliedAt,
    rating: mean(e.ratingSum, e.ratingCount),
    ratings: e.ratingCount,
    flagged: isFlagged(e),
  }
  if (staff || (viewer && e.openid === viewer._id) || employerIdOf(viewer) === e._id) view.contact = e.contact
  if (e.decidedAt !== undefined) view.decidedAt = e.decidedAt
  if (e.reason) view.reason = e.reason
  if (staff && e.openid) {
    const applicant = await tx.get('users', e.openid)
    if (applicant?.profile) view.applicant = applicant.profile.name
  }
  return view
}

export function cardView(card: GigCardDoc): Card {
  const view: Card = { trades: [...card.trades], times: card.times, updatedAt: card.updatedAt }
  if (card.note) view.note = card.note
  return view
}

/** A worker's record: done and no-show gigs, and the mean of the employers' ratings of them. */
export async function workRecord(tx: CloudTx, openid: string): Promise<WorkRecord> {
  const apps = await tx.query('gigApplications', { openid })
  let sum = 0
  let count = 0
  for (const a of apps) {
    if (a.byEmployer) {
      sum += a.byEmployer.score
      count += 1
    }
  }
  return {
    done: apps.filter((a) => a.status === 'done').length,
    noshow: apps.filter((a) => a.status === 'noshow').length,
    rating: mean(sum, count),
  }
}

/**
 * A notice for a person (openid) or a community's staff (`staff:<communityId>`). `id` opens it: a
 * job id (`job-…`), or for an employer application its id (`emp-…`).
 */
export const notify = (
  tx: CloudTx,
  { id, ...notice }: { audience: string | null; at: number; title: string; body: string; id: string },
): Promise<void> => writeNotice(tx, { ...notice, link: { kind: 'gig', id: id } })
