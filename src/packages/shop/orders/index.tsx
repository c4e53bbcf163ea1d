import { useDidShow } from '@tarojs/taro'
import { fetchOrdersPage } from '@/features/shop/api'
import { OrderList } from '@/features/shop/components/order-list'
import { PageShell } from '@/features/session/components/page-shell'
import { useSession } from '@/features/session/store'
import { demoNow } from '@/lib/demo'
import { usePaged } from '@/lib/use-paged'
import '@/features/shop/components/shop.scss'

export default function OrdersPage() {
  const openid = useSession((s) => s.view?.openid)
  const orders = usePaged(fetchOrdersPage, [openid])
  useDidShow(() => void orders.refresh())
  return (
    <PageShell>
      <OrderList orders={orders} now={demoNow()} />
    </PageShell>
  )
}
