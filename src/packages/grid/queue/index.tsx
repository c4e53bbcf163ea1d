import '@/lib/cloud-grid'
import { useState } from 'react'
import { useDidShow } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Chip, FilterChips } from '@/components/filter-chips'
import { ListFooter } from '@/components/list-footer'
import { EmptyState, ErrorState, Loading } from '@/components/state-view'
import type { TicketStatus } from '@/contract/grid'
import { fetchQueue } from '@/features/grid/api'
import { TicketCard } from '@/features/grid/components/ticket-card'
import { useNow } from '@/features/grid/use-now'
import { PageShell } from '@/features/session/components/page-shell'
import { useSession } from '@/features/session/store'
import { openPage } from '@/lib/navigation'
import { usePaged } from '@/lib/use-paged'
import '@/features/grid/components/grid.scss'

const FILTERS: [TicketStatus | undefined, string][] = [
  [undefined, '全部'],
  ['submitted', '待受理'],
  ['accepted', '已受理'],
  ['dispatched', '办理中'],
  ['reopened', '重新办理'],
  ['resolved', '待评价'],
  ['closed', '已办结'],
  ['rejected', '不予受理'],
]

export default function GridQueuePage() {
  const staff = useSession((s) => s.view?.staff)
  const ready = useSession((s) => s.status === 'ready')
  const [status, setStatus] = useState<TicketStatus | undefined>(undefined)
  const [overdue, setOverdue] = useState(false)
  const now = useNow()
  const queue = usePaged(
    (cursor) =>
      staff
        ? fetchQueue({ status, overdue: overdue || undefined, cursor })
        : Promise.resolve({ items: [], nextCursor: null }),
    [status, overdue, staff?.communityId],
  )
  useDidShow(() => void queue.refresh())
  if (ready && !staff) {
    return (
      <PageShell>
        <EmptyState title="仅社区工作人员可查看工单" hint="在「我的」绑定社区工作人员邀请码后使用" />
      </PageShell>
    )
  }
  return (
    <PageShell>
      {staff ? (
        <Text className="section-title fs-lg">
          {staff.street}
          {staff.community} · 网格工单
        </Text>
      ) : null}
      <View className="card chips" style={{ marginTop: '12px' }}>
        <FilterChips options={FILTERS} value={status} onChange={setStatus} />
        <Chip on={overdue} onClick={() => setOverdue(!overdue)}>
          只看超时
        </Chip>
      </View>
      {queue.status === 'loading' || !ready ? <Loading /> : null}
      {queue.status === 'error' ? <ErrorState message={queue.error ?? ''} onRetry={queue.refresh} /> : null}
      {ready && queue.status === 'ready' && queue.items.length === 0 ? (
        <EmptyState title="没有符合条件的工单" hint="居民反映的问题会出现在这里，超时的排在最前" />
      ) : null}
      {queue.items.map((t) => (
        <TicketCard
          key={t.ticketNo}
          ticket={t}
          now={now}
          onOpen={() => openPage(`/packages/grid/handle/index?no=${t.ticketNo}`)}
        />
      ))}
      <ListFooter list={queue} />
    </PageShell>
  )
}
