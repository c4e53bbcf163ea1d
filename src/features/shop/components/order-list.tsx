import { Text, View } from '@tarojs/components'
import type { Order } from '@/contract/shop'
import { ListFooter } from '@/components/list-footer'
import { EmptyState, ErrorState, Loading } from '@/components/state-view'
import { openPage } from '@/lib/navigation'
import { formatRelative } from '@/lib/time'
import type { Paged } from '@/lib/use-paged'
import { OrderStatusTag } from './order-status'

export function OrderList({ orders, now }: { orders: Paged<Order>; now: number }) {
  if (orders.status === 'loading') return <Loading />
  if (orders.status === 'error') return <ErrorState message={orders.error ?? ''} onRetry={orders.refresh} />
  if (orders.items.length === 0)
    return <EmptyState title="还没有兑换记录" hint="在合作商户挑选商品，用信用积分兑换" />
  return (
    <View className="card">
      {orders.items.map((o) => (
        <View
          key={o.id}
          className="order-row"
          data-order={o.id}
          onClick={() => openPage(`/packages/shop/order/index?id=${o.id}`)}
        >
          <View className="order-row__main">
            <Text className="fs-md">
              {o.goods.name} ×{o.quantity}
            </Text>
            <Text className="muted fs-sm">
              {o.goods.shopName} · {formatRelative(o.createdAt, now)}
            </Text>
          </View>
          <View className="order-row__side">
            <Text className="fs-md">{o.points} 积分</Text>
            <OrderStatusTag status={o.status} />
          </View>
        </View>
      ))}
      <ListFooter list={orders} />
    </View>
  )
}
