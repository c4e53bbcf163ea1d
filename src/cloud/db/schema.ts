import type { LedgerKind } from '../../contract/points'
import type { Role } from '../../contract/user'
import type { Database, Tx } from './database'

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
}

export type InviteDoc =
  { _id: string; role: 'staff'; communityId: string } | { _id: string; role: 'clerk'; shopId: string }

export interface UserDoc {
  _id: string
  accountId: string
  profile: { name: string; phone: string; communityId?: string } | null
  roles: Role[]
  staffCommunityId?: string
  clerkShopId?: string
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
  body: string
  publishedAt: number
}

export interface GoodsDoc {
  _id: string
  shopId: string
  name: string
  points: number
  stock: number
  perPersonLimit: number
  order: number
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
  requestId: string
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
  goods: GoodsDoc
  orders: OrderDoc
  clerkGuards: ClerkGuardDoc
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
  'goods',
  'orders',
  'clerkGuards',
]

export type CloudTx = Tx<Collections>
export type CloudDb = Database<Collections>
