import type { Place } from '../../contract/place'
import type { TicketStatus } from '../../contract/grid'
import type { LedgerKind } from '../../contract/points'
import type { Role, RoleBindings } from '../../contract/user'
import type { AnswerStatus, CouncilRating, PlanStage, QuestionStatus } from '../../contract/council'
import type { MessageKind } from '../../contract/messages'
import type { GoodsPicture } from '../../contract/shop'
import type {
  AccountCategory,
  AccountLine,
  Grade,
  IncomeCategory,
  LateTicket,
  PropertyRecord,
  RecordKind,
  ScoreItem,
  ScoreItems,
  SpendingCategory,
} from '../../contract/property'
import type {
  ApplicationStatus,
  EmployerKind,
  EmployerStatus,
  JobStatus,
  Pay,
  Rating,
  TradeId,
} from '../../contract/gigs'
import type { Database, Tx } from './database'
import type { IndexSpecs } from './indexes'

export interface SystemDoc {
  _id: 'notice'
  text: string
}

export interface StreetDoc {
  _id: string
  name: string
  order: number
}

export interface CommunityDoc {
  _id: string
  name: string
  streetId: string
  order: number
}

export interface ShopDoc {
  _id: string
  name: string
  streetId: string
  communityId: string
  address: string
  hours: string
  lat: number
  lng: number
}

export type InviteDoc =
  | { _id: string; role: 'staff'; communityId: string }
  | { _id: string; role: 'clerk'; shopId: string }
  | {
      [R in keyof RoleBindings]-?: { _id: string; role: R; binding: NonNullable<RoleBindings[R]> }
    }[keyof RoleBindings]

export interface UserDoc {
  _id: string
  accountId: string
  profile: { name: string; phone: string; communityId?: string; estateId?: string } | null
  roles: Role[]
  staffCommunityId?: string
  clerkShopId?: string
  /** The new domains' roles and what they bind (shown as is in the login view). */
  bindings?: RoleBindings
  elderMode: boolean
  createdAt: number
}

export type AccountType = 'resident' | 'shop' | 'issuer'

/** Running totals, kept in step with `transfers` inside the same transaction. */
export interface AccountDoc {
  _id: string
  type: AccountType
  label?: string
  debitsPosted: number
  creditsPosted: number
  debitsPending: number
  creditsPending: number
  /**
   * Posted 'earn' credits, and posted 'redeem' debits − posted 'refund' credits: what
   * `points.balance` shows. Absent on accounts stored before they existed; the ledger computes
   * them from the account's transfers the first time it needs them and stores them.
   */
  earned?: number
  spent?: number
  createdAt: number
}

/** Immutable. `post` and `void` reference the `pending` transfer they settle. */
export interface TransferDoc {
  _id: string
  type: 'single' | 'pending' | 'post' | 'void'
  debitAccountId: string
  creditAccountId: string
  amount: number
  kind: LedgerKind
  reason: string
  ref?: { type: string; id: string }
  pendingId?: string
  at: number
}

export interface NewsDoc {
  _id: string
  streetId: string
  street: string
  title: string
  summary: string
  /** Absent from the seed's items since their bodies load with the info subpackage (`newsBodies`). */
  body?: string
  publishedAt: number
}

/** A news item's body, seeded by the info subpackage that shows it (keeps it out of the main package). */
export interface NewsBodyDoc {
  _id: string
  body: string
}

export interface ActivityDoc {
  _id: string
  title: string
  description: string
  place: string
  streetId: string
  communityId: string
  startAt: number
  endAt: number
  quota: number
  points: number
  cancelDeadline: number
  /** Sign-ups not cancelled; kept in step with `signups` in the same transaction. */
  signedUp: number
  cancelled: boolean
  /** The staff member who published it; '' once they have 注销'd. */
  createdBy: string
  createdAt: number
  /** The organiser's meeting point on the map (optional). */
  location?: Place
}

export interface SignupDoc {
  _id: string
  activityId: string
  /** The volunteer; replaced by an anonymous id on 注销. */
  openid: string
  status: 'signed' | 'cancelled' | 'checkedIn' | 'completed'
  signedAt: number
  checkInAt?: number
  checkOutAt?: number
  minutes?: number
  pointsAwarded?: number
  transferId?: string
  /** Openid of the staff member who recorded a manual check; '' once they have 注销'd. */
  manualBy?: string
}

/** An issued 志愿服务证明: what it certified when issued; removed on 注销. */
export interface CertificateDoc {
  /** The code, without hyphens. */
  _id: string
  openid: string
  name: string
  street: string
  issuedAt: number
  minutes: number
  points: number
  activities: { title: string; startAt: number; minutes: number }[]
}

/**
 * The check-in codes one staff member displayed (`_id`: their openid), per activity, kind and
 * 30-second step: nobody may check themselves in with a code they issued. Only steps still accepted
 * are kept; the document goes on 注销.
 */
export interface CodeIssueDoc {
  _id: string
  issued: { activityId: string; kind: 'in' | 'out'; step: number }[]
}

/** Server-side secrets (the check-in HMAC key); no action ever returns one. */
export interface SecretDoc {
  _id: string
  key: string
}

export interface TicketDoc {
  /** The ticket number. */
  _id: string
  /** Null once the reporter has 注销'd. */
  reporterId: string | null
  anonymous: boolean
  /** Contact phone (never for anonymous reports); removed on 注销. */
  phone?: string
  /** Legacy (before the `requests` collection): never written now, cleared on 注销. */
  requestKey?: string
  requestHash?: string
  category: string
  communityId: string
  day: string
  description: string
  address: string
  location?: { lat: number; lng: number }
  photoCount: number
  status: TicketStatus
  createdAt: number
  dueAt: number
  department?: string
  timeline: { at: number; status: TicketStatus; note: string; actor: 'reporter' | 'staff'; label?: string }[]
  ratings: { score: number; comment?: string; at: number }[]
  /** The 居民议事 question staff turned it into (council.fromTicket). */
  questionId?: string
  /** The 小区 reported about (物业红黑榜 counts late 物业服务 reports per company from it). */
  estateId?: string
}

/** Photo references live apart from tickets, so list reads and status changes never carry them. */
export interface TicketPhotosDoc {
  _id: string
  photos: string[]
}

export interface GoodsDoc {
  _id: string
  shopId: string
  name: string
  points: number
  stock: number
  perPersonLimit: number
  order: number
  picture: GoodsPicture
}

export type OrderStatus = 'pending' | 'confirmed' | 'cancelled' | 'expired'

/**
 * A redemption. `openid` is cleared by 注销; `transferId` is the pending ledger transfer that holds
 * the points; `confirmedBy` is the confirming clerk's account id.
 */
export interface OrderDoc {
  _id: string
  code: string
  openid: string | null
  /** Legacy (before the `requests` collection): never written now, cleared on 注销. */
  requestId?: string
  shopId: string
  shopName: string
  goodsId: string
  goodsName: string
  unitPoints: number
  quantity: number
  points: number
  transferId: string
  status: OrderStatus
  createdAt: number
  expiresAt: number
  confirmedAt?: number
  confirmedBy?: string
  closedAt?: number
}

/** A clerk's recent failed code look-ups (epoch ms), keyed by the clerk's account id. */
export interface ClerkGuardDoc {
  _id: string
  misses: number[]
}

/** Hourly departures both ways on every day the event has a session; generated, never stored. */
export interface ShuttlePlan {
  from: string
  to: string
  capacity: number
  /** First and last departure hour (China time), outward and back. */
  out: [number, number]
  back: [number, number]
}

export interface EventDoc {
  _id: string
  title: string
  place: string
  summary: string
  startDate: string
  endDate: string
  shuttle?: ShuttlePlan
  location?: Place
}

export interface SessionDoc {
  _id: string
  eventId: string
  title: string
  startAt: number
  endAt: number
  capacity: number
  /** Seats held by live bookings, kept in step with `bookings` inside the same transaction. */
  booked: number
  requires?: 'examTicket'
}

/** Seats held on one departure; created with its first booking. */
export interface DepartureDoc {
  _id: string
  booked: number
}

export interface BookingDoc {
  _id: string
  code: string
  /** '' once the owner has deleted the account. */
  openid: string
  type: 'session' | 'shuttle'
  eventId: string
  eventTitle: string
  sessionId?: string
  departureId?: string
  title: string
  startAt: number
  seats: number
  status: 'booked' | 'cancelled' | 'used'
  linkedBookingId?: string
  examTicket?: string
  /** Legacy (before the `requests` collection): never written now, cleared on 注销, never shown. */
  requestId?: string
  request?: string
  createdAt: number
  usedAt?: number
  cancelledAt?: number
}

/** A message the resident has opened (messages themselves are derived); `at` is the message's time. */
export interface MessageReadDoc {
  _id: string
  openid: string
  messageId: string
  at: number
}

/** A resident's answer to WeChat's subscribe-message request, one per topic. */
export interface SubscriptionDoc {
  _id: string
  openid: string
  topic: string
  accepted: boolean
  at: number
}

/**
 * The record of an idempotent action's first successful answer (runtime/idempotency.ts), kept
 * REQUEST_TTL_MS (7 days; expired ones pruned at most hourly, by `at`); removed on 注销. No openid
 * or requestId in clear: `_id` hashes (caller, function.action, requestId), `caller` the openid.
 */
export interface RequestDoc {
  _id: string
  caller: string
  /** `function.action`. */
  action: string
  /** Hash of the input without its requestId. */
  input: string
  /** The first output (or what the action keeps of it to restore it exactly). */
  output: unknown
  at: number
}

/**
 * A message a domain writes for someone (`audience`: an openid, or `staff:<communityId>` for the
 * staff of a community), shown among the derived ones; the new domains use it rather than adding
 * derivations to the main package. Removed on 注销 when addressed to the person.
 */
export interface NoticeDoc {
  _id: string
  audience: string
  at: number
  title: string
  body: string
  link: { kind: MessageKind; id: string }
}

/** 居民议事: a question a resident (or, from a grid report, the community) raised. */
export interface QuestionDoc {
  _id: string
  communityId: string
  streetId: string
  /** The author (for one raised from a report, the staff member who did); null once they have 注销'd. */
  authorId: string | null
  /** Raised by the community from a grid report: shown as the community, earns no points. */
  byCommunity?: true
  title: string
  description: string
  category: string
  photoCount: number
  status: QuestionStatus
  /** Live supports, kept in step with `supports` in the same transaction. */
  supports: number
  threshold: number
  createdAt: number
  answer?: { status: AnswerStatus; reason: string; at: number }
  plan?: { stage: PlanStage; progress: number; milestones: { at: number; note: string; photo?: true }[] }
  /** Completions so far: ratings belong to the current one. */
  round: number
  /** Ratings of the current completion, and of every completion (the board's satisfaction). */
  ratings: Record<CouncilRating, number>
  ratingsTotal: Record<CouncilRating, number>
  ticketNo?: string
  /** The ledger transfer that paid the author for its acceptance (at most once). */
  transferId?: string
  acceptedAt?: number
}

/** Photos of a question (`_id`: the question id) or of a milestone (`<question id>:<n>`), kept apart. */
export interface QuestionPhotosDoc {
  _id: string
  photos: string[]
}

/** One live support (附议); removed by `unsupport`, anonymised (openid null) on 注销. */
export interface SupportDoc {
  _id: string
  questionId: string
  openid: string | null
  communityId: string
  streetId: string
  at: number
}

export interface ProposalDoc {
  _id: string
  questionId: string
  /** The adviser; null once they have 注销'd (the title stays). */
  openid: string | null
  title: string
  text: string
  at: number
}

export interface CouncilRatingDoc {
  _id: string
  questionId: string
  round: number
  openid: string | null
  rating: CouncilRating
  at: number
}

/** A community's support threshold (2–20; the seed's default 10). */
export interface CouncilSettingDoc {
  _id: string
  threshold: number
}

// ---- 物业红黑榜 (issue 14) ----

/** A property service company (物业服务企业); `since`: its first month here (`YYYY-MM`). */
export interface CompanyDoc {
  _id: string
  name: string
  since: string
  order: number
}

/** A residential compound (小区) and the company serving it. */
export interface EstateDoc {
  _id: string
  name: string
  communityId: string
  streetId: string
  companyId: string
  order: number
}

/** A resident's score of a company for a month: one per (company, month, openid); openid null after 注销 (it still counts). */
export interface PropertyScoreDoc {
  _id: string
  companyId: string
  month: string
  openid: string | null
  items: ScoreItems
  comment?: string
  at: number
}

/** A good or bad record entered by staff of a community the company serves; `by` null after 注销. */
export interface PropertyRecordDoc {
  _id: string
  companyId: string
  month: string
  kind: RecordKind
  points: number
  reason: string
  communityId: string
  by: string | null
  at: number
}

/** A company's ended month, computed on its first read and stored (`_id`: `<companyId>:<month>`). */
export interface PropertyMonthlyDoc {
  _id: string
  companyId: string
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
  computedAt: number
}

/** The 物业's public reply to an ended month (`_id`: `<companyId>:<month>`); `by` null after 注销. */
export interface PropertyReplyDoc {
  _id: string
  companyId: string
  month: string
  text: string
  by: string | null
  at: number
}

/** A 小区's property fund in one month (`_id`: `<estateId>:<month>`), amounts in fen. */
export interface PropertyAccountDoc {
  _id: string
  estateId: string
  month: string
  income: AccountLine<IncomeCategory>[]
  spending: AccountLine<SpendingCategory>[]
  enteredBy: string | null
  enteredAt: number
  confirmed: boolean
  confirmedBy: string | null
  confirmedAt?: number
}

/** A resident's public question on a line of a month's accounts; asker / answerer null after 注销. */
export interface AccountQuestionDoc {
  _id: string
  estateId: string
  month: string
  category: AccountCategory
  text: string
  askerId: string | null
  at: number
  answer?: { text: string; at: number }
  answeredBy?: string | null
}

// ---- end 物业红黑榜 ----

// ---- 零工驿站 (issue 15) ----

/**
 * A 用工方, or an application to become one (`_id` is both). `openid`: the applicant (null for the
 * seed's, and after 注销); who may act for it is whoever holds `bindings.employer.employerId` = `_id`
 * (approveEmployer binds the applicant; the demo invite binds anyone). `ratingSum`/`ratingCount`: the
 * workers' ratings of it, kept in step with the applications in the same transaction.
 */
export interface EmployerDoc {
  _id: string
  name: string
  kind: EmployerKind
  communityId: string
  streetId: string
  /** The business line, normalised (13912345678, 0537-1234567). */
  contact: string
  openid: string | null
  status: EmployerStatus
  appliedAt: number
  decidedAt?: number
  decidedBy?: string | null
  reason?: string
  ratingSum: number
  ratingCount: number
}

/** A job post. `accepted` counts accepted, done and no-show applications, kept in step in the same transaction. */
export interface JobDoc {
  _id: string
  employerId: string
  /** Who posted it; null after 注销. */
  postedBy: string | null
  trade: TradeId
  title: string
  description: string
  communityId: string
  streetId: string
  address: string
  startAt: number
  endAt: number
  pay: Pay
  belowGuide: boolean
  headcount: number
  accepted: number
  deadline: number
  /** As stored: a recruiting post past its deadline (or filled and started) reads as closed and is stored so on its next write. */
  status: JobStatus
  createdAt: number
  review?: { approve: boolean; reason?: string; at: number }
  /** The staff member who reviewed it; null after 注销. */
  reviewedBy?: string | null
  cancelledAt?: number
}

/** An application to a job; `openid` null after 注销 (the record of the gig stays). */
export interface GigApplicationDoc {
  _id: string
  jobId: string
  employerId: string
  openid: string | null
  message: string
  status: ApplicationStatus
  appliedAt: number
  decidedAt?: number
  reason?: string
  completedAt?: number
  /** The ledger transfer that paid the worker for the done gig (at most once). */
  transferId?: string
  points?: number
  byEmployer?: Rating
  byWorker?: Rating
}

/** A resident's job-seeker card (`_id` = `openid`); removed on 注销. */
export interface GigCardDoc {
  _id: string
  openid: string
  trades: TradeId[]
  times: string
  note?: string
  updatedAt: number
}

// ---- end 零工驿站 ----

export interface Collections {
  system: SystemDoc
  streets: StreetDoc
  communities: CommunityDoc
  shops: ShopDoc
  invites: InviteDoc
  users: UserDoc
  accounts: AccountDoc
  transfers: TransferDoc
  news: NewsDoc
  newsBodies: NewsBodyDoc
  activities: ActivityDoc
  signups: SignupDoc
  certificates: CertificateDoc
  codeIssues: CodeIssueDoc
  secrets: SecretDoc
  tickets: TicketDoc
  ticketPhotos: TicketPhotosDoc
  goods: GoodsDoc
  orders: OrderDoc
  clerkGuards: ClerkGuardDoc
  events: EventDoc
  sessions: SessionDoc
  departures: DepartureDoc
  bookings: BookingDoc
  messageReads: MessageReadDoc
  subscriptions: SubscriptionDoc
  requests: RequestDoc
  notices: NoticeDoc
  questions: QuestionDoc
  questionPhotos: QuestionPhotosDoc
  supports: SupportDoc
  proposals: ProposalDoc
  councilRatings: CouncilRatingDoc
  councilSettings: CouncilSettingDoc
  // 物业红黑榜
  companies: CompanyDoc
  estates: EstateDoc
  propertyScores: PropertyScoreDoc
  propertyRecords: PropertyRecordDoc
  propertyMonthlies: PropertyMonthlyDoc
  propertyReplies: PropertyReplyDoc
  propertyAccounts: PropertyAccountDoc
  accountQuestions: AccountQuestionDoc
  // 零工驿站
  employers: EmployerDoc
  jobs: JobDoc
  gigApplications: GigApplicationDoc
  gigCards: GigCardDoc
}

export const COLLECTIONS: readonly (keyof Collections)[] = [
  'system',
  'streets',
  'communities',
  'shops',
  'invites',
  'users',
  'accounts',
  'transfers',
  'news',
  'newsBodies',
  'activities',
  'signups',
  'certificates',
  'codeIssues',
  'secrets',
  'tickets',
  'ticketPhotos',
  'goods',
  'orders',
  'clerkGuards',
  'events',
  'sessions',
  'departures',
  'bookings',
  'messageReads',
  'subscriptions',
  'requests',
  'notices',
  'questions',
  'questionPhotos',
  'supports',
  'proposals',
  'councilRatings',
  'councilSettings',
  // 物业红黑榜
  'companies',
  'estates',
  'propertyScores',
  'propertyRecords',
  'propertyMonthlies',
  'propertyReplies',
  'propertyAccounts',
  'accountQuestions',
  // 零工驿站
  'employers',
  'jobs',
  'gigApplications',
  'gigCards',
]

/** Kept one key per document, out of the record chunks, read only when asked for: photos. */
export const APART_COLLECTIONS: readonly (keyof Collections)[] = ['ticketPhotos', 'questionPhotos']

export type CloudTx = Tx<Collections>
export type CloudDb = Database<Collections>

type IndexList<T> = readonly (readonly (keyof T & string)[])[]

/**
 * Declared indexes (`CREATE INDEX ON <collection> (<fields>)`; each also orders by `_id` last),
 * kept in step with the data by every commit. A query uses one whose leading fields its `where`
 * binds; ordered by the fields that follow, it reads just the rows it returns.
 */
export const INDEXES: { [K in keyof Collections]?: IndexList<Collections[K]> } = {
  // a resident's entries newest first (ledger), the settlement of a pending transfer
  transfers: [['debitAccountId', 'type', 'at'], ['creditAccountId', 'type', 'at'], ['pendingId']],
  // the caller's orders, a code's, a goods' or a shop's; and among them the pending ones that are due
  orders: [
    ['openid', 'status', 'expiresAt'],
    ['code', 'status', 'expiresAt'],
    ['goodsId', 'status', 'expiresAt'],
    ['shopId', 'status', 'expiresAt'],
  ],
  // a community's activities; the live ones (by start: an activity lasts at most a day); the
  // resident's list, all or a 街道's, not cancelled, by start (the ended ones newest first)
  activities: [
    ['communityId'],
    ['startAt'],
    ['createdBy'],
    ['cancelled', 'startAt'],
    ['streetId', 'cancelled', 'startAt'],
  ],
  signups: [['activityId', 'openid'], ['openid'], ['manualBy']],
  certificates: [['openid']],
  // a community's queue: per status, the open ones by due time, the finished ones newest first
  tickets: [
    ['communityId', 'status', 'dueAt'],
    ['communityId', 'status', 'createdAt'],
    ['reporterId'],
    ['requestKey'],
    ['day'],
    ['status'],
    // 物业红黑榜: a 小区's 物业服务 reports up to a month's end (late tickets)
    ['estateId', 'category', 'createdAt'],
  ],
  bookings: [['openid'], ['code'], ['eventId', 'examTicket'], ['linkedBookingId', 'status']],
  messageReads: [['openid']],
  subscriptions: [['openid']],
  // a caller's idempotency records; the expired ones
  requests: [['caller'], ['at']],
  sessions: [['eventId']],
  goods: [['shopId']],
  notices: [['audience']],
  // a community's questions newest first, a 街道's (the board), an author's open ones, a report's
  questions: [['communityId', 'createdAt'], ['streetId'], ['authorId', 'status'], ['ticketNo']],
  // one person's support of a question; a community's or 街道's supports by time (每月一题)
  supports: [['questionId', 'openid'], ['openid'], ['communityId', 'at'], ['streetId', 'at']],
  proposals: [['questionId'], ['openid']],
  councilRatings: [['questionId', 'round', 'openid'], ['openid']],
  // 物业红黑榜: late 物业服务 reports of a 小区; one resident's score of a company in a month, a
  // month's district scores; a company's records of a month; a 小区's accounts by month; its questions
  propertyScores: [['companyId', 'month', 'openid'], ['month'], ['openid']],
  propertyRecords: [['companyId', 'month'], ['by']],
  propertyReplies: [['by']],
  propertyAccounts: [['estateId', 'month'], ['enteredBy'], ['confirmedBy']],
  accountQuestions: [['estateId', 'month'], ['askerId'], ['answeredBy']],
  // 零工驿站: a community's employers by status (pending applications, flagged ones); an
  // applicant's; recruiting posts by start (the list), a community's posts by status (review), an
  // employer's newest first; an application of one person to a job, a person's newest first, a
  // job's, an employer's (its rating); the card of a person
  employers: [['communityId', 'status'], ['openid'], ['decidedBy']],
  jobs: [
    ['status', 'startAt'],
    ['communityId', 'status'],
    ['employerId', 'createdAt'],
    ['postedBy'],
    ['reviewedBy'],
  ],
  gigApplications: [
    ['jobId', 'openid'],
    ['openid', 'appliedAt'],
  ],
  gigCards: [['openid']],
}

/**
 * Fields holding a person's openid in the newer domains' collections, which 注销 clears (`null`) or,
 * for `remove`, removes the document with: data-driven, so the main package's `deleteAccount` need
 * not carry each subpackage's code. Each needs an index whose leading field it is.
 */
export const PERSONAL_FIELDS: readonly [keyof Collections, string, 'clear' | 'remove'][] = [
  ['notices', 'audience', 'remove'],
  ['questions', 'authorId', 'clear'],
  ['supports', 'openid', 'clear'],
  ['proposals', 'openid', 'clear'],
  ['councilRatings', 'openid', 'clear'],
  // 物业红黑榜: a score still counts without its scorer
  ['propertyScores', 'openid', 'clear'],
  ['propertyRecords', 'by', 'clear'],
  ['propertyReplies', 'by', 'clear'],
  ['propertyAccounts', 'enteredBy', 'clear'],
  ['propertyAccounts', 'confirmedBy', 'clear'],
  ['accountQuestions', 'askerId', 'clear'],
  ['accountQuestions', 'answeredBy', 'clear'],
  // 零工驿站: the employer, its posts and the gigs' records stay without the person; the card goes
  ['employers', 'openid', 'clear'],
  ['employers', 'decidedBy', 'clear'],
  ['jobs', 'postedBy', 'clear'],
  ['jobs', 'reviewedBy', 'clear'],
  ['gigApplications', 'openid', 'clear'],
  ['gigCards', 'openid', 'remove'],
]

/** Collections that grow with use: a filtered query on one must use an index (checked in tests). */
export const INDEXED: readonly (keyof Collections)[] = [
  'users',
  'accounts',
  'transfers',
  'orders',
  'activities',
  'signups',
  'certificates',
  'tickets',
  'ticketPhotos',
  'bookings',
  'departures',
  'messageReads',
  'subscriptions',
  'clerkGuards',
  'codeIssues',
  'requests',
  'notices',
  'questions',
  'questionPhotos',
  'supports',
  'proposals',
  'councilRatings',
  // 物业红黑榜
  'propertyScores',
  'propertyRecords',
  'propertyMonthlies',
  'propertyReplies',
  'propertyAccounts',
  'accountQuestions',
  // 零工驿站
  'employers',
  'jobs',
  'gigApplications',
  'gigCards',
]

export const INDEX_SPECS: IndexSpecs = INDEXES as IndexSpecs
