import { Text, View } from '@tarojs/components'
import type { ApplicationStatus, JobStatus, Pay, Rating } from '@/contract/gigs'
import { APPLICATION_STATUS, JOB_STATUS, payText } from '../format'
import './gigs.scss'

/** Pay, and 低于指导价 when the cloud says it is below the trade's guide price. */
export function PayLine({ pay, belowGuide, guide }: { pay: Pay; belowGuide: boolean; guide?: Pay }) {
  return (
    <View className="gg-pay" data-testid="pay">
      <Text className="gg-pay__amount fs-lg">{payText(pay)}</Text>
      {belowGuide ? (
        <Text className="tag gg-below" data-testid="below-guide">
          低于指导价
        </Text>
      ) : null}
      {guide ? (
        <Text className="muted fs-sm" data-testid="guide-price">
          指导价 {payText(guide)}
        </Text>
      ) : null}
    </View>
  )
}

export function JobStatusTag({ status }: { status: JobStatus }) {
  return (
    <Text className={`tag gg-status gg-status--${status}`} data-status={status}>
      {JOB_STATUS[status]}
    </Text>
  )
}

export function ApplicationTag({ status }: { status: ApplicationStatus }) {
  return (
    <Text
      className={`tag gg-status gg-status--${status}`}
      data-status={status}
      data-testid="application-status"
    >
      {APPLICATION_STATUS[status]}
    </Text>
  )
}

export const stars = (score: number) => '★'.repeat(score) + '☆'.repeat(5 - score)

/** ★★★★☆ 4 分 · the comment */
export function RatingLine({ label, rating }: { label: string; rating?: Rating }) {
  if (!rating) return null
  return (
    <Text className="fs-sm gg-rating" data-testid="rating-line">
      {label}：<Text className="gg-stars">{stars(rating.score)}</Text> {rating.score} 分
      {rating.comment ? ` · ${rating.comment}` : ''}
    </Text>
  )
}
