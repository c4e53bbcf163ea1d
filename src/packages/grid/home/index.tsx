import '@/lib/cloud-grid'
import { useDidShow } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button } from '@/components/button'
import { ListFooter } from '@/components/list-footer'
import { EmptyState, ErrorState, Loading } from '@/components/state-view'
import { HOTLINE } from '@/contract/grid'
import { fetchMyTickets } from '@/features/grid/api'
import { TicketCard } from '@/features/grid/components/ticket-card'
import { useNow } from '@/features/grid/use-now'
import { PageShell } from '@/features/session/components/page-shell'
import { useSession } from '@/features/session/store'
import { openPage } from '@/lib/navigation'
import { callPhone } from '@/lib/phone'
import { usePaged } from '@/lib/use-paged'
import '@/features/grid/components/grid.scss'

export default function GridHomePage() {
  const staff = useSession((s) => s.view?.staff)
  const openid = useSession((s) => s.view?.openid)
  const now = useNow()
  const mine = usePaged(fetchMyTickets, [openid])
  useDidShow(() => void mine.refresh())
  return (
    <PageShell>
      <View className="card card-head">
        <Text className="fs-lg ticket__category">身边有问题，随手反映</Text>
        <Text className="muted fs-sm">网格员受理、部门报到办理，每一步都能看到进度。</Text>
        <View className="grid-hub__actions">
          <Button className="btn btn--primary" onClick={() => openPage('/packages/grid/report/index')}>
            我要反映
          </Button>
          <Button className="btn btn--ghost" onClick={() => void callPhone(HOTLINE)}>
            拨打 {HOTLINE}
          </Button>
        </View>
      </View>
      {staff ? (
        <View className="card ticket__title" onClick={() => openPage('/packages/grid/queue/index')}>
          <Text className="fs-md">社区工单待办 · {staff.community}</Text>
          <Text className="muted fs-sm">去处理 ›</Text>
        </View>
      ) : null}
      <Text className="section-title fs-lg">我的反映</Text>
      {mine.status === 'loading' ? <Loading /> : null}
      {mine.status === 'error' ? <ErrorState message={mine.error ?? ''} onRetry={mine.refresh} /> : null}
      {mine.status === 'ready' && mine.items.length === 0 ? (
        <EmptyState title="还没有反映过问题" hint="路灯坏了、垃圾没清、车辆乱停……都可以告诉网格员" />
      ) : null}
      {mine.items.map((t) => (
        <TicketCard
          key={t.ticketNo}
          ticket={t}
          now={now}
          onOpen={() => openPage(`/packages/grid/ticket/index?no=${t.ticketNo}`)}
        />
      ))}
      <ListFooter list={mine} />
    </PageShell>
  )
}
