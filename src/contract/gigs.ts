/**
 * 零工驿站 (CONTRACT.md "The next domains", gigs). Local employers (用工方: a shop, company or
 * household, approved by community staff) post odd jobs; staff review each post before residents
 * see it; real-name residents keep a job-seeker card and apply; the employer accepts up to the
 * headcount, marks each accepted worker done or no-show from the job's start, and both rate each
 * other. A completed gig earns the worker 信用+ points once, from the 街道's fund.
 */

export type TradeId =
  'repair' | 'drain' | 'appliance' | 'cleaning' | 'delivery' | 'housekeeping' | 'moving' | 'other'

export type PayUnit = 'hour' | 'day' | 'piece'

/** Pay in yuan (元): more than 0, at most two decimals; paid by the employer directly. */
export interface Pay {
  amount: number
  unit: PayUnit
}

export interface Trade {
  id: TradeId
  name: string
  guidePrice: Pay
}

/**
 * The trades and their guide prices (工资指导价位). DEMO FIGURES, made up for 济宁 (not published
 * prices): a page shows them beside the pay and warns when the pay is below.
 */
export const GIG_TRADES: Trade[] = [
  { id: 'repair', name: '维修', guidePrice: { amount: 60, unit: 'hour' } },
  { id: 'drain', name: '疏通', guidePrice: { amount: 80, unit: 'piece' } },
  { id: 'appliance', name: '家电', guidePrice: { amount: 100, unit: 'piece' } },
  { id: 'cleaning', name: '保洁', guidePrice: { amount: 35, unit: 'hour' } },
  { id: 'delivery', name: '配送', guidePrice: { amount: 6, unit: 'piece' } },
  { id: 'housekeeping', name: '保姆月嫂', guidePrice: { amount: 220, unit: 'day' } },
  { id: 'moving', name: '搬家', guidePrice: { amount: 50, unit: 'hour' } },
  { id: 'other', name: '其他', guidePrice: { amount: 25, unit: 'hour' } },
]

export const PAY_UNITS: { id: PayUnit; name: string }[] = [
  { id: 'hour', name: '时' },
  { id: 'day', name: '天' },
  { id: 'piece', name: '件' },
]

export const GIG_RULES = {
  titleMin: 4,
  titleMax: 30,
  descriptionMin: 10,
  descriptionMax: 500,
  addressMin: 2,
  addressMax: 60,
  headcountMin: 1,
  headcountMax: 50,
  payMax: 100_000,
  nameMin: 2,
  nameMax: 30,
  messageMax: 200,
  timesMin: 1,
  timesMax: 100,
  noteMax: 200,
  commentMax: 200,
  reasonMin: 2,
  reasonMax: 200,
  scoreMin: 1,
  scoreMax: 5,
  /** 信用+ points a completed gig earns the worker, once. */
  donePoints: 10,
  /** An hour's pay compares with a day's as 8 hours a day (belowGuide); a piece compares with neither. */
  hoursPerDay: 8,
  /** An employer whose workers' ratings average at most this over at least `flagMinRatings` is flagged. */
  flagMaxAverage: 2,
  flagMinRatings: 3,
} as const

/**
 * Pay below the trade's guide price. Same unit: a plain comparison. Hour against day: converted at
 * GIG_RULES.hoursPerDay (8) hours a day. A piece rate against a time rate (either way) cannot be
 * compared: false (the page shows the guide price beside the pay either way).
 */
export function isBelowGuide(pay: Pay, guide: Pay): boolean {
  if (pay.unit === guide.unit) return pay.amount < guide.amount
  if (pay.unit === 'piece' || guide.unit === 'piece') return false
  const perHour = (p: Pay) => (p.unit === 'day' ? p.amount / GIG_RULES.hoursPerDay : p.amount)
  return perHour(pay) < perHour(guide)
}

/** A post: review → recruiting → closed (deadline passed, or filled and started) / rejected; cancelled by the employer before its start. */
export type JobStatus = 'review' | 'recruiting' | 'closed' | 'rejected' | 'cancelled'

/** pending → accepted | declined | withdrawn; accepted → done | noshow. */
export type ApplicationStatus = 'pending' | 'accepted' | 'declined' | 'withdrawn' | 'done' | 'noshow'

export type EmployerKind = 'shop' | 'company' | 'household'

export const EMPLOYER_KINDS: { id: EmployerKind; name: string }[] = [
  { id: 'shop', name: '商户' },
  { id: 'company', name: '企业' },
  { id: 'household', name: '家庭' },
]

export type EmployerStatus = 'pending' | 'approved' | 'rejected'

/**
 * An employer, or an application to become one (`id` is both: approving keeps it). `contact` (the
 * business line) is shown to the applicant, the employer and the community's staff; `applicant`
 * (the applicant's name in full) to staff of the community only.
 */
export interface Employer {
  id: string
  name: string
  kind: EmployerKind
  communityId: string
  community: string
  status: EmployerStatus
  contact?: string
  appliedAt: number
  decidedAt?: number
  /** Why it was rejected. */
  reason?: string
  applicant?: string
  /** Mean of the workers' ratings (1 decimal), null without any. */
  rating: number | null
  ratings: number
  /** Its workers' ratings average ≤ 2 over ≥ 3 ratings (GIG_RULES). */
  flagged: boolean
}

export interface ApplyEmployerInput {
  name: string
  kind: EmployerKind
  communityId: string
  contact: string
}

export interface PostInput {
  trade: TradeId
  title: string
  description: string
  communityId: string
  address: string
  startAt: number
  endAt: number
  pay: Pay
  headcount: number
  deadline: number
  requestId: string
}

/** A job post as anyone who may see it sees it. `review`: the staff's decision (the reason of a rejection). */
export interface Job {
  id: string
  employerId: string
  employerName: string
  trade: TradeId
  tradeName: string
  title: string
  description: string
  communityId: string
  community: string
  address: string
  startAt: number
  endAt: number
  pay: Pay
  guidePrice: Pay
  /** Pay below the trade's guide price (same unit, or hour vs day at 8 hours a day; never against a piece rate). */
  belowGuide: boolean
  headcount: number
  /** Accepted workers (accepted, done or no-show). */
  accepted: number
  deadline: number
  status: JobStatus
  createdAt: number
  review?: { approve: boolean; reason?: string; at: number }
  /** The caller is its employer. */
  own?: true
}

export interface JobSummary {
  id: string
  trade: TradeId
  tradeName: string
  title: string
  communityId: string
  community: string
  startAt: number
  endAt: number
  pay: Pay
  belowGuide: boolean
  headcount: number
  accepted: number
  deadline: number
  /** Straight-line km (1 decimal) from the caller's home community; absent without one. */
  distanceKm?: number
}

export type JobSort = 'distance' | 'start'

export interface JobListInput {
  trade?: TradeId
  /** China-time day `YYYY-MM-DD` the job starts on. */
  date?: string
  /** Default: distance with a home community, else start. */
  sort?: JobSort
  cursor?: string
  limit?: number
}

export interface Rating {
  score: number
  comment?: string
  at: number
}

/** One application as its worker, or the job's employer, sees it. */
export interface Application {
  id: string
  jobId: string
  title: string
  community: string
  startAt: number
  endAt: number
  jobStatus: JobStatus
  status: ApplicationStatus
  message: string
  appliedAt: number
  decidedAt?: number
  /** Why it was declined. */
  reason?: string
  completedAt?: number
  /** Points the done gig earned the worker. */
  points?: number
  /** The employer's rating of the worker, and the worker's of the employer. */
  byEmployer?: Rating
  byWorker?: Rating
}

export interface JobDetail extends Job {
  employer: { name: string; kind: EmployerKind; rating: number | null }
  /** The business line, in full: only to the employer and its accepted (or done) workers. */
  contact?: string
  myApplication?: Application
}

export interface Card {
  trades: TradeId[]
  times: string
  note?: string
  updatedAt: number
}

export interface CardInput {
  trades: TradeId[]
  times: string
  note?: string
}

/** A worker's completed-gig record: done and no-show gigs, mean employers' rating (1 decimal; null without). */
export interface WorkRecord {
  done: number
  noshow: number
  rating: number | null
}

export interface Applicant {
  applicationId: string
  nameMasked: string
  card: Card | null
  record: WorkRecord
  status: ApplicationStatus
  message: string
  appliedAt: number
  byEmployer?: Rating
  byWorker?: Rating
}

export interface DecideInput {
  applicationId: string
  accept: boolean
  reason?: string
}

export interface RateInput {
  applicationId: string
  score: number
  comment?: string
}

/** `gigs.queue` (staff): what waits for the caller's community. */
export interface GigQueue {
  communityId: string
  /** Posts in review, oldest first. */
  jobs: Job[]
  /** Pending employer applications, oldest first. */
  employers: Employer[]
  /** Approved employers of the community that are flagged (low ratings), lowest rated first. */
  flagged: Employer[]
}
