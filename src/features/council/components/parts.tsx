import { Text, View } from '@tarojs/components'
import { QUESTION_STATUS_NAMES, type QuestionStatus } from '@/contract/council'
import './council.scss'

export function QuestionTag({ status }: { status: QuestionStatus }) {
  return (
    <Text className={`tag council-tag council-tag--${status}`} data-status={status}>
      {QUESTION_STATUS_NAMES[status]}
    </Text>
  )
}

/** A thin progress bar with its caption; `value` of `max`, capped at full. */
export function Bar({
  value,
  max,
  caption,
  tone = 'red',
}: {
  value: number
  max: number
  caption: string
  tone?: 'red' | 'blue'
}) {
  const share = max > 0 ? Math.min(100, Math.round((value / max) * 100)) : 0
  return (
    <View className="council-bar">
      <View className="council-bar__track">
        <View
          className={`council-bar__fill ${tone === 'blue' ? 'council-bar__fill--blue' : ''}`}
          style={{ width: `${share}%` }}
        />
      </View>
      <Text className="muted fs-sm">{caption}</Text>
    </View>
  )
}

export const supportCaption = (supports: number, threshold: number) =>
  supports >= threshold ? `${supports} 人附议（已达 ${threshold} 人）` : `${supports} / ${threshold} 人附议`
