import { Text } from '@tarojs/components'
import type { Paged } from '@/lib/use-paged'

type Props = {
  list: Pick<Paged<unknown>, 'hasMore' | 'loadingMore' | 'loadMore'>
  more?: string
  end?: string
}

/** The foot of a paged list: a "more" link while pages remain, then `end` (or nothing). */
export function ListFooter({ list, more = '加载更多', end }: Props) {
  if (list.hasMore) {
    return (
      <Text className="list-more fs-sm" onClick={list.loadMore}>
        {list.loadingMore ? '加载中…' : more}
      </Text>
    )
  }
  return end ? <Text className="list-more fs-sm">{end}</Text> : null
}
