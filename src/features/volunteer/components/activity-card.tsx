import { Text, View } from '@tarojs/components'
import type { ActivityItem } from '@/contract/volunteer'
import { openPage } from '@/lib/navigation'
import { STATUS_LABEL, timeRange } from '../format'
import './volunteer.scss'

export function ActivityCard({ item, href }: { item: ActivityItem; href?: string }) {
  const url = href ?? `/packages/volunteer/detail/index?id=${item.id}`
  return (
    <View className="card activity-card" onClick={() => openPage(url)}>
      <View className="activity-card__meta">
        <Text className={`tag activity-status activity-status--${item.status}`}>
          {STATUS_LABEL[item.status]}
        </Text>
        <Text className="muted fs-sm">
          {item.street} · {item.community}
        </Text>
      </View>
      <Text className="activity-card__title fs-lg">{item.title}</Text>
      <Text className="muted fs-sm">{timeRange(item.startAt, item.endAt)}</Text>
      <Text className="muted fs-sm">{item.place}</Text>
      <View className="activity-card__meta">
        <Text className="fs-sm">
          已报名 {item.signedUp}/{item.quota}
        </Text>
        <Text className="activity-card__points fs-sm">{item.points} 积分</Text>
      </View>
    </View>
  )
}
