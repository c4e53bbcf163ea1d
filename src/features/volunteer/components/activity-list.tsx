import { useEffect, useState } from 'react'
import { useDidShow } from '@tarojs/taro'
import { Picker, View } from '@tarojs/components'
import { Chip, FilterChips } from '@/components/filter-chips'
import { ListFooter } from '@/components/list-footer'
import { EmptyState, ErrorState, Loading } from '@/components/state-view'
import type { VolunteerListInput } from '@/contract/volunteer'
import { usePullRefresh } from '@/lib/pull-refresh'
import { usePaged } from '@/lib/use-paged'
import { fetchActivities, fetchStreets } from '../api'
import { ActivityCard } from './activity-card'

const STATUSES: [VolunteerListInput['status'], string][] = [
  [undefined, '全部'],
  ['open', '报名中'],
  ['ongoing', '进行中'],
  ['ended', '已结束'],
]

/** The 志愿 tab's list: 街道 and status filters, pages of 10, pull to refresh. */
export function ActivityList() {
  const [street, setStreet] = useState<string | undefined>()
  const [status, setStatus] = useState<VolunteerListInput['status']>()
  const [streets, setStreets] = useState<string[]>([])
  const list = usePaged((cursor) => fetchActivities({ street, status }, cursor), [street, status])
  usePullRefresh(list.refresh)
  useDidShow(() => void list.refresh())
  useEffect(() => {
    fetchStreets().then(
      (all) => setStreets(all.map((s) => s.street)),
      () => setStreets([]),
    )
  }, [])
  const options = ['全部街道', ...streets]
  return (
    <View>
      <View className="filters">
        <Picker
          mode="selector"
          range={options}
          value={street ? options.indexOf(street) : 0}
          onChange={(e) =>
            setStreet(Number(e.detail.value) > 0 ? options[Number(e.detail.value)] : undefined)
          }
        >
          <Chip on>{street ?? '全部街道'} ▾</Chip>
        </Picker>
        <FilterChips options={STATUSES} value={status} onChange={setStatus} />
      </View>
      {list.status === 'loading' ? <Loading /> : null}
      {list.status === 'error' ? <ErrorState message={list.error ?? ''} onRetry={list.refresh} /> : null}
      {list.status === 'ready' && list.items.length === 0 ? (
        <EmptyState title="暂时没有这样的志愿活动" hint="换个街道或状态看看，社区发布新活动后会出现在这里" />
      ) : null}
      {list.status === 'ready' ? list.items.map((item) => <ActivityCard key={item.id} item={item} />) : null}
      {list.status === 'ready' && list.items.length > 0 ? (
        <ListFooter list={list} more="查看更多活动" end="没有更多了" />
      ) : null}
    </View>
  )
}
