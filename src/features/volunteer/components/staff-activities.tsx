import { useDidShow } from '@tarojs/taro'
import { View } from '@tarojs/components'
import { Button } from '@/components/button'
import { ListFooter } from '@/components/list-footer'
import { EmptyState, ErrorState, Loading } from '@/components/state-view'
import { openPage } from '@/lib/navigation'
import { usePaged } from '@/lib/use-paged'
import { fetchActivities } from '../api'
import { ActivityCard } from './activity-card'
import './staff.scss'

/** 我的活动 (staff): the community's activities, cancelled ones included, newest first. */
export function StaffActivities() {
  const list = usePaged((cursor) => fetchActivities({ mine: true }, cursor))
  useDidShow(() => void list.refresh())
  return (
    <View>
      <View className="staff-actions">
        <Button className="btn btn--primary" onClick={() => openPage('/packages/staff/publish/index')}>
          发布新活动
        </Button>
        <Button className="btn btn--ghost" onClick={() => openPage('/packages/staff/certificate/index')}>
          核验志愿服务证明
        </Button>
      </View>
      {list.status === 'loading' ? <Loading /> : null}
      {list.status === 'error' ? <ErrorState message={list.error ?? ''} onRetry={list.refresh} /> : null}
      {list.status === 'ready' && list.items.length === 0 ? (
        <EmptyState title="本社区还没有发布过活动" />
      ) : null}
      {list.items.map((item) => (
        <ActivityCard key={item.id} item={item} href={`/packages/staff/roster/index?id=${item.id}`} />
      ))}
      <ListFooter list={list} more="查看更多" />
    </View>
  )
}
