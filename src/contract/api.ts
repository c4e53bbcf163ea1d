import type {
  AnswerInput,
  CouncilBoard,
  CouncilBoardInput,
  CouncilCategory,
  CouncilListInput,
  CouncilRating,
  ProgressInput,
  Question,
  QuestionPage,
  QuestionSummary,
  RaiseInput,
} from './council'
import type { Page, PageQuery } from './envelope'
import type {
  Applicant,
  Application,
  ApplyEmployerInput,
  Card,
  CardInput,
  DecideInput,
  Employer,
  GigQueue,
  Job,
  JobDetail,
  JobListInput,
  JobSummary,
  PostInput,
  RateInput,
  Trade,
} from './gigs'
import type { AdvanceInput, GridCategory, QueueInput, ReportInput, Ticket } from './grid'
import type {
  BookInput,
  BookShuttleInput,
  Booking,
  CancelResult,
  Departure,
  EventDetail,
  EventSummary,
  VerifiedBooking,
} from './events'
import type { Message, MessagePage, SubscribeTopic, Subscription } from './messages'
import type {
  AccountQuestion,
  Accounts,
  AskInput,
  CompanySummary,
  EnterAccountsInput,
  Estate,
  Monthly,
  MyScore,
  PropertyBoard,
  PropertyRecord,
  RecordInput,
  ScoreInput,
} from './property'
import type { Balance, LedgerEntry } from './points'
import type { ClerkSummary, Goods, LookedUpOrder, Order, RedeemInput, Shop } from './shop'
import type {
  LoginView,
  NewsDetail,
  NewsListInput,
  NewsItem,
  StorageView,
  StreetCommunities,
  UpdateProfileInput,
} from './user'
import type {
  Activity,
  ActivityInput,
  ActivityItem,
  Certificate,
  CheckKind,
  CheckResult,
  IssuedCode,
  MySignup,
  RosterRow,
  VerifiedCertificate,
  VolunteerListInput,
  YearTotal,
} from './volunteer'

type Empty = Record<string, never>

/** Every function and action of the cloud: input and output types, as in CONTRACT.md. */
export interface CloudApi {
  user: {
    login: { input: Empty; output: LoginView }
    communities: { input: Empty; output: StreetCommunities[] }
    updateProfile: { input: UpdateProfileInput; output: LoginView }
    bindRole: { input: { inviteCode: string }; output: LoginView }
    setPreferences: { input: { elderMode: boolean }; output: LoginView }
    deleteAccount: { input: Empty; output: { deleted: true } }
    storage: { input: Empty; output: StorageView }
    cleanPhotos: { input: Empty; output: StorageView & { removed: number } }
  }
  news: {
    list: { input: NewsListInput; output: Page<NewsItem> }
    detail: { input: { id: string }; output: NewsDetail }
  }
  points: {
    balance: { input: Empty; output: Balance }
    ledger: { input: PageQuery; output: Page<LedgerEntry> }
  }
  volunteer: {
    create: { input: ActivityInput; output: Activity }
    update: { input: ActivityInput & { activityId: string }; output: Activity }
    cancelActivity: { input: { activityId: string }; output: Activity }
    list: { input: VolunteerListInput; output: Page<ActivityItem> }
    detail: { input: { activityId: string }; output: Activity & { mySignup: MySignup | null } }
    signUp: { input: { activityId: string }; output: MySignup }
    cancel: { input: { activityId: string }; output: MySignup }
    mine: {
      input: PageQuery
      output: Page<{ activity: ActivityItem; signup: MySignup }> & {
        totalMinutes: number
        totalPoints: number
        byYear: YearTotal[]
      }
    }
    issueCode: { input: { activityId: string; kind: CheckKind }; output: IssuedCode }
    checkIn: { input: { code: string }; output: CheckResult }
    roster: { input: { activityId: string }; output: { items: RosterRow[] } }
    manualCheck: { input: { signupId: string; kind: CheckKind; at?: number }; output: RosterRow }
    certificate: { input: Empty; output: Certificate }
    verifyCertificate: { input: { code: string }; output: VerifiedCertificate }
  }
  grid: {
    categories: { input: Empty; output: GridCategory[] }
    report: { input: ReportInput; output: Ticket }
    mine: { input: PageQuery; output: Page<Ticket> }
    detail: { input: { ticketNo: string }; output: Ticket }
    rate: { input: { ticketNo: string; score: number; comment?: string }; output: Ticket }
    queue: { input: QueueInput; output: Page<Ticket> }
    advance: { input: AdvanceInput; output: Ticket }
  }
  shop: {
    listShops: { input: Empty; output: Shop[] }
    listGoods: { input: { shopId: string }; output: Goods[] }
    redeem: { input: RedeemInput; output: Order }
    myOrders: { input: PageQuery; output: Page<Order> }
    order: { input: { orderId: string }; output: Order }
    cancelOrder: { input: { orderId: string }; output: Order }
    lookup: { input: { code: string }; output: LookedUpOrder }
    confirm: { input: { code: string }; output: Order }
    clerkSummary: { input: { date?: string }; output: ClerkSummary }
  }
  events: {
    list: { input: Empty; output: EventSummary[] }
    detail: { input: { eventId: string }; output: EventDetail }
    book: { input: BookInput; output: Booking }
    cancel: { input: { bookingId: string; withLinked?: boolean }; output: CancelResult }
    shuttles: { input: { eventId: string; date: string }; output: Departure[] }
    bookShuttle: { input: BookShuttleInput; output: Booking }
    mine: { input: PageQuery; output: Page<Booking> }
    verify: { input: { code: string }; output: VerifiedBooking }
  }
  messages: {
    list: { input: PageQuery; output: MessagePage }
    unreadCount: { input: Empty; output: { unread: number } }
    markRead: { input: { id: string }; output: { message: Message; unread: number } }
    markAllRead: { input: Empty; output: { marked: number; unread: 0 } }
    subscribe: { input: { topic: SubscribeTopic; accepted: boolean }; output: Subscription }
  }
  council: {
    categories: { input: Empty; output: CouncilCategory[] }
    list: { input: CouncilListInput; output: QuestionPage }
    similar: { input: { communityId?: string; title: string }; output: QuestionSummary[] }
    raise: { input: RaiseInput; output: Question }
    detail: { input: { questionId: string }; output: Question }
    support: { input: { questionId: string }; output: Question }
    unsupport: { input: { questionId: string }; output: Question }
    withdraw: { input: { questionId: string }; output: Question }
    propose: { input: { questionId: string; text: string }; output: Question }
    answer: { input: AnswerInput; output: Question }
    progress: { input: ProgressInput; output: Question }
    rate: { input: { questionId: string; rating: CouncilRating }; output: Question }
    fromTicket: { input: { ticketNo: string; title: string; category: string }; output: Question }
    board: { input: CouncilBoardInput; output: CouncilBoard }
  }
  // 物业红黑榜 (issue 14)
  property: {
    estates: { input: { communityId?: string }; output: Estate[] }
    companies: { input: { streetId?: string }; output: CompanySummary[] }
    score: { input: ScoreInput; output: MyScore }
    myScore: { input: { companyId: string }; output: MyScore | null }
    record: { input: RecordInput; output: PropertyRecord }
    monthly: { input: { companyId: string; month: string }; output: Monthly }
    board: { input: { streetId?: string; month: string }; output: PropertyBoard }
    history: { input: { companyId: string; months?: number }; output: Monthly[] }
    reply: { input: { month: string; text: string }; output: Monthly }
    accounts: { input: { estateId: string; month: string }; output: Accounts }
    enterAccounts: { input: EnterAccountsInput; output: Accounts }
    confirmAccounts: { input: { estateId: string; month: string }; output: Accounts }
    ask: { input: AskInput; output: AccountQuestion }
    answerQuestion: { input: { questionId: string; text: string }; output: AccountQuestion }
  }
  // 零工驿站 (issue 15)
  gigs: {
    trades: { input: Empty; output: Trade[] }
    applyEmployer: { input: ApplyEmployerInput; output: Employer }
    approveEmployer: { input: { applicationId: string }; output: Employer }
    rejectEmployer: { input: { applicationId: string; reason: string }; output: Employer }
    myEmployer: { input: Empty; output: Employer | null }
    post: { input: PostInput; output: Job }
    review: { input: { jobId: string; approve: boolean; reason?: string }; output: Job }
    queue: { input: Empty; output: GigQueue }
    cancel: { input: { jobId: string; reason?: string }; output: Job }
    list: { input: JobListInput; output: Page<JobSummary> }
    detail: { input: { jobId: string }; output: JobDetail }
    card: { input: CardInput; output: Card }
    myCard: { input: Empty; output: Card | null }
    apply: { input: { jobId: string; message?: string }; output: Application }
    withdraw: { input: { applicationId: string }; output: Application }
    applicants: { input: { jobId: string }; output: Applicant[] }
    decide: { input: DecideInput; output: Application }
    complete: { input: { applicationId: string; outcome: 'done' | 'noshow' }; output: Application }
    rate: { input: RateInput; output: Application }
    mine: { input: PageQuery; output: Page<Application> }
    myJobs: { input: PageQuery; output: Page<Job> }
  }
}

export type FunctionName = keyof CloudApi
export type ActionName<F extends FunctionName> = keyof CloudApi[F] & string
export type ActionInput<F extends FunctionName, A extends ActionName<F>> = CloudApi[F][A] extends {
  input: infer I
}
  ? I
  : never
export type ActionOutput<F extends FunctionName, A extends ActionName<F>> = CloudApi[F][A] extends {
  output: infer O
}
  ? O
  : never
