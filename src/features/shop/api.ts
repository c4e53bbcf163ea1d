import type { ErrorCode } from '@/contract/errors'
import type { Order } from '@/contract/shop'
import { call } from '@/lib/cloud'
import '@/lib/cloud-shop'

const CLERK_ANSWERS: ErrorCode[] = [
  'NOT_FOUND',
  'PERMISSION_DENIED',
  'EXPIRED',
  'CONFLICT',
  'INVALID_ARGUMENT',
]

export const fetchShops = () => call('shop', 'listShops', {})
export const fetchGoods = (shopId: string) => call('shop', 'listGoods', { shopId })
export const fetchAvailable = () => call('points', 'balance', {}).then((b) => b.available)
export const redeem = (goodsId: string, quantity: number, requestId: string) =>
  call(
    'shop',
    'redeem',
    { goodsId, quantity, requestId },
    {
      expected: ['INSUFFICIENT_POINTS', 'QUOTA_EXCEEDED', 'PROFILE_REQUIRED'],
    },
  )
export const fetchOrdersPage = (cursor?: string) => call('shop', 'myOrders', { cursor, limit: 20 })
/** One of the caller's orders, as it is now (`shop.order`: reads just that order). */
export const fetchOrder = (orderId: string): Promise<Order> => call('shop', 'order', { orderId })
export const cancelOrder = (orderId: string) =>
  call('shop', 'cancelOrder', { orderId }, { expected: ['EXPIRED', 'CONFLICT'] })
export const lookupCode = (code: string) => call('shop', 'lookup', { code }, { expected: CLERK_ANSWERS })
export const confirmCode = (code: string) => call('shop', 'confirm', { code }, { expected: CLERK_ANSWERS })
export const fetchSummary = () => call('shop', 'clerkSummary', {})
