import { Text, View } from '@tarojs/components'
import { ListFooter } from '@/components/list-footer'
import { EmptyState, ErrorState, Loading } from '@/components/state-view'
import { openPage } from '@/lib/navigation'
import { formatDate } from '@/lib/time'
import { usePaged } from '@/lib/use-paged'
import { fetchNewsPage } from '../api'
import './news-feed.scss'

export function NewsFeed() {
  const feed = usePaged((cursor) => fetchNewsPage(cursor))
  if (feed.status === 'loading') return <Loading />
  if (feed.status === 'error') return <ErrorState message={feed.error ?? ''} onRetry={feed.refresh} />
  if (feed.items.length === 0) return <EmptyState title="暂时还没有街道动态" />
  return (
    <View className="news-feed">
      {feed.items.map((item) => (
        <View
          key={item.id}
          className="news-card card"
          onClick={() => openPage(`/packages/info/news/index?id=${encodeURIComponent(item.id)}`)}
        >
          <View className="news-card__meta">
            <Text className="tag">{item.street}</Text>
            <Text className="muted fs-sm">{formatDate(item.publishedAt)}</Text>
          </View>
          <Text className="news-card__title fs-lg">{item.title}</Text>
          <Text className="news-card__summary muted fs-md">{item.summary}</Text>
        </View>
      ))}
      <ListFooter list={feed} more="查看更多动态" end="没有更多了" />
    </View>
  )
}
