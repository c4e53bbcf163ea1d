import { useState } from 'react'
import { useDidShow } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { FilterChips } from '@/components/filter-chips'
import { ListFooter } from '@/components/list-footer'
import { EmptyState, ErrorState, Loading } from '@/components/state-view'
import type { QuestionSort, QuestionStatus } from '@/contract/council'
import { openPage } from '@/lib/navigation'
import { usePullRefresh } from '@/lib/pull-refresh'
import { usePaged } from '@/lib/use-paged'
import { fetchQuestions } from '../api'
import { QuestionCard } from './question-card'

const SORTS: [QuestionSort, string][] = [
  ['support', '最多附议'],
  ['new', '最新'],
]

const FILTERS: [QuestionStatus | undefined, string][] = [
  [undefined, '全部'],
  ['raised', '征集附议'],
  ['pending', '待答复'],
  ['evaluating', '研究中'],
  ['accepted', '落实中'],
  ['done', '已落实'],
  ['reopened', '重新落实'],
  ['rejected', '不予采纳'],
]

/** A community's questions: sort by support or date, filter by status; staff start on 待答复. */
export function QuestionList({ communityId, staff }: { communityId: string; staff: boolean }) {
  const [sort, setSort] = useState<QuestionSort>('support')
  const [status, setStatus] = useState<QuestionStatus | undefined>(staff ? 'pending' : undefined)
  const list = usePaged(
    (cursor) => fetchQuestions({ communityId, sort, status, cursor }),
    [communityId, sort, status],
  )
  usePullRefresh(list.refresh)
  useDidShow(() => void list.refresh())
  return (
    <View>
      <View className="card">
        <View className="council-seg" role="tablist">
          {SORTS.map(([value, label]) => (
            <Text
              key={value}
              className={`council-seg__item fs-md ${sort === value ? 'council-seg__item--on' : ''}`}
              data-sort={value}
              aria-selected={sort === value}
              onClick={() => setSort(value)}
            >
              {label}
            </Text>
          ))}
        </View>
        <View className="council-chips">
          <FilterChips options={FILTERS} value={status} onChange={setStatus} />
        </View>
      </View>
      {list.status === 'loading' ? <Loading /> : null}
      {list.status === 'error' ? <ErrorState message={list.error ?? ''} onRetry={list.refresh} /> : null}
      {list.status === 'ready' && list.items.length === 0 ? (
        <EmptyState
          title={status ? '没有这个状态的问题' : '社区里还没有人点单'}
          hint="停车难、垃圾分类……身边的事说出来，邻居附议够了社区就会答复"
        />
      ) : null}
      {list.status === 'ready'
        ? list.items.map((q) => (
            <QuestionCard
              key={q.id}
              question={q}
              onOpen={() => openPage(`/packages/council/question/index?id=${q.id}`)}
            />
          ))
        : null}
      {list.status === 'ready' && list.items.length > 0 ? <ListFooter list={list} end="没有更多了" /> : null}
    </View>
  )
}
