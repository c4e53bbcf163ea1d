import { Text, View } from '@tarojs/components'
import { EmptyState, ErrorState, Loading } from '@/components/state-view'
import { demoNow } from '@/lib/demo'
import { openPage } from '@/lib/navigation'
import { fetchEvents } from '../fetch-events'
import { chinaDay, formatSpan } from '../format'
import { useAsync } from '../use-async'
import './events.scss'

export function EventList() {
  const { data, error, reload } = useAsync(fetchEvents, [])
  if (error && !data) return <ErrorState message={error} onRetry={reload} />
  if (!data) return <Loading />
  if (data.length === 0) return <EmptyState title="暂时没有可预约的活动" />
  const today = chinaDay(demoNow())
  return (
    <View>
      {data.map((e) => (
        <View
          key={e.id}
          className="card event-card"
          data-event={e.id}
          onClick={() => openPage(`/packages/events/detail/index?id=${e.id}`)}
        >
          <Text className="event-card__title fs-lg">{e.title}</Text>
          <Text className="muted fs-sm">
            {e.place} · {e.startDate === e.endDate ? e.startDate : `${e.startDate} 至 ${e.endDate}`}
          </Text>
          <Text className="event-card__summary fs-md">{e.summary}</Text>
          <View className="event-card__meta">
            {e.startDate <= today && today <= e.endDate ? <Text className="tag">进行中</Text> : null}
            {e.hasShuttle ? <Text className="tag">免费班车</Text> : null}
            <Text className="muted fs-sm">
              {e.nextStartAt ? `下一场 ${formatSpan(e.nextStartAt)}` : '本季场次已结束'}
            </Text>
          </View>
        </View>
      ))}
    </View>
  )
}
