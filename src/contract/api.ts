import type { Page, PageQuery } from './envelope'
import type { Balance, LedgerEntry } from './points'
import type { ClerkSummary, Goods, LookedUpOrder, Order, RedeemInput, Shop } from './shop'
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
  shop: {
    listShops: { input: Empty; output: Shop[] }
    listGoods: { input: { shopId: string }; output: Goods[] }
    redeem: { input: RedeemInput; output: Order }
    myOrders: { input: PageQuery; output: Page<Order> }
    cancelOrder: { input: { orderId: string }; output: Order }
    lookup: { input: { code: string }; output: LookedUpOrder }
    confirm: { input: { code: string }; output: Order }
    clerkSummary: { input: { date?: string }; output: ClerkSummary }
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
