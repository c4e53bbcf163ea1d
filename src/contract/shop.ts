import type { Place } from './place'

/** A partner shop: `lat`/`lng` (GCJ-02) put it on the map as a `Place`. */
export interface Shop extends Place {
  id: string
  street: string
  hours: string
}

/** What a goods tile shows: a picture drawn for the kind of goods. */
export type GoodsPicture =
  | 'tissue'
  | 'eggs'
  | 'detergent'
  | 'rice'
  | 'haircut'
  | 'salt'
  | 'toothpaste'
  | 'parking'
  | 'cleaning'
  | 'oil'

export interface Goods {
  id: string
  shopId: string
  name: string
  points: number
  stock: number
  perPersonLimit: number
  picture: GoodsPicture
  /** Quantity the caller already has in pending and confirmed orders of this item. */
  mine: number
}

export type OrderStatus = 'pending' | 'confirmed' | 'cancelled' | 'expired'

export interface Order {
  id: string
  code: string
  status: OrderStatus
  goods: { id: string; name: string; points: number; shopId: string; shopName: string }
  quantity: number
  points: number
  createdAt: number
  expiresAt: number
  confirmedAt?: number
  /** When it was cancelled or expired. */
  closedAt?: number
}

export interface LookedUpOrder extends Order {
  residentMasked: string
}

export interface ClerkSummary {
  date: string
  count: number
  points: number
  items: Order[]
}

export interface RedeemInput {
  goodsId: string
  quantity: number
  requestId: string
}

/** Shared by the cloud's schema and the app's inline checks. */
export const REDEEM_RULES = {
  quantityMax: 10,
  codePattern: /^\d{8}$/,
} as const
