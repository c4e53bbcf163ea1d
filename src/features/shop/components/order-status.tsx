import { Text } from '@tarojs/components'
import type { OrderStatus } from '@/contract/shop'

export const STATUS_TEXT: Record<OrderStatus, string> = {
  pending: '待核销',
  confirmed: '已核销',
  cancelled: '已取消',
  expired: '已过期',
}

export function OrderStatusTag({ status }: { status: OrderStatus }) {
  return <Text className={`tag shop-status shop-status--${status} fs-sm`}>{STATUS_TEXT[status]}</Text>
}
