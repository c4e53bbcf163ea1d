import type { Page, PageQuery } from './envelope'
import type {
  BookInput,
  BookShuttleInput,
  Booking,
  CancelResult,
  Departure,
  EventDetail,
  EventSummary,
} from './events'
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
  events: {
    list: { input: Empty; output: EventSummary[] }
    detail: { input: { eventId: string }; output: EventDetail }
    book: { input: BookInput; output: Booking }
    cancel: { input: { bookingId: string; withLinked?: boolean }; output: CancelResult }
    shuttles: { input: { eventId: string; date: string }; output: Departure[] }
    bookShuttle: { input: BookShuttleInput; output: Booking }
    mine: { input: PageQuery; output: Page<Booking> }
    verify: { input: { code: string }; output: Booking }
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
