import { Text, View } from '@tarojs/components'
import type { LedgerEntry } from '@/contract/points'
import { ListFooter } from '@/components/list-footer'
import { EmptyState, ErrorState, Loading } from '@/components/state-view'
import type { Paged } from '@/lib/use-paged'
import { formatRelative } from '@/lib/time'
import './ledger-list.scss'

const STATUS_TEXT: Record<LedgerEntry['status'], string | null> = {
  posted: null,
  pending: '冻结中',
  voided: '已退回',
}

export function LedgerList({
  ledger,
  now,
  onOpenOrder,
}: {
  ledger: Paged<LedgerEntry>
  now: number
  onOpenOrder?: (orderId: string) => void
}) {
  if (ledger.status === 'loading') return <Loading />
  if (ledger.status === 'error') return <ErrorState message={ledger.error ?? ''} onRetry={ledger.refresh} />
  if (ledger.items.length === 0)
    return <EmptyState title="还没有积分记录" hint="参加社区志愿服务，签退后即可获得信用积分" />
  return (
    <View className="ledger card">
      {ledger.items.map((e) => (
        <View
          key={e.id}
          className={`ledger__row ledger__row--${e.status}`}
          onClick={e.ref?.type === 'order' && onOpenOrder ? () => onOpenOrder(e.ref?.id ?? '') : undefined}
        >
          <View className="ledger__main">
            <Text className="ledger__reason fs-md">{e.reason}</Text>
            <Text className="muted fs-sm">
              {formatRelative(e.at, now)}
              {e.ref?.type === 'order' && onOpenOrder ? ' · 查看订单 ›' : ''}
            </Text>
          </View>
          <View className="ledger__side">
            <Text className={`ledger__amount fs-lg ${e.amount >= 0 ? 'ledger__amount--in' : ''}`}>
              {e.amount > 0 ? `+${e.amount}` : e.amount}
            </Text>
            {STATUS_TEXT[e.status] ? (
              <Text className="ledger__status fs-sm">{STATUS_TEXT[e.status]}</Text>
            ) : null}
          </View>
        </View>
      ))}
      <ListFooter list={ledger} />
    </View>
  )
}
