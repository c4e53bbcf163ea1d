import { useCallback, useEffect, useState } from 'react'
import { Text, View } from '@tarojs/components'
import type { NewsDetail } from '@/contract/user'
import { ErrorState, Loading } from '@/components/state-view'
import { errorMessage } from '@/lib/cloud'
import { formatDateTime } from '@/lib/time'
import { fetchNewsDetail } from '../api'
import './news-article.scss'

export function NewsArticle({ id }: { id: string }) {
  const [item, setItem] = useState<NewsDetail | null>(null)
  const [error, setError] = useState<string | null>(null)
  const load = useCallback(() => {
    setError(null)
    fetchNewsDetail(id).then(setItem, (err: unknown) => setError(errorMessage(err)))
  }, [id])
  useEffect(load, [load])
  if (error) return <ErrorState message={error} onRetry={load} />
  if (!item) return <Loading />
  return (
    <View className="news-article card">
      <Text className="news-article__title fs-xl">{item.title}</Text>
      <View className="news-article__meta">
        <Text className="tag">{item.street}</Text>
        <Text className="muted fs-sm">{formatDateTime(item.publishedAt)}</Text>
      </View>
      {item.body.split(/\n+/).map((para, i) => (
        <Text key={i} className="news-article__para fs-md">
          {para}
        </Text>
      ))}
    </View>
  )
}
