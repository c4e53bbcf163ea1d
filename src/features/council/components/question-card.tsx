import { Text, View } from '@tarojs/components'
import type { QuestionSummary } from '@/contract/council'
import { formatDate } from '@/lib/time'
import { Bar, QuestionTag, supportCaption } from './parts'

export function QuestionCard({ question: q, onOpen }: { question: QuestionSummary; onOpen: () => void }) {
  return (
    <View className="card council-card" data-question={q.id} onClick={onOpen}>
      <View className="council-card__head">
        <Text className="fs-md council-card__title">{q.title}</Text>
        <QuestionTag status={q.status} />
      </View>
      <Bar value={q.supports} max={q.threshold} caption={supportCaption(q.supports, q.threshold)} />
      <View className="council-card__meta">
        <Text className="muted fs-sm">
          {q.categoryName} · {q.authorMasked}
        </Text>
        <Text className="muted fs-sm">{formatDate(q.createdAt)}</Text>
      </View>
    </View>
  )
}
