import type { Page, PageQuery } from './envelope'
import type { AdvanceInput, GridCategory, QueueInput, ReportInput, Ticket } from './grid'
import type { Balance, LedgerEntry } from './points'
import type {
  LoginView,
  NewsDetail,
  NewsListInput,
  NewsItem,
  StreetCommunities,
  UpdateProfileInput,
} from './user'

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
  }
  news: {
    list: { input: NewsListInput; output: Page<NewsItem> }
    detail: { input: { id: string }; output: NewsDetail }
  }
  points: {
    balance: { input: Empty; output: Balance }
    ledger: { input: PageQuery; output: Page<LedgerEntry> }
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
