import { useState } from 'react'
import { Text, Textarea, View } from '@tarojs/components'
import { Button } from '@/components/button'
import { PROPERTY_RULES as R, SCORE_ITEMS, type MyScore, type ScoreItem } from '@/contract/property'
import { formatDateTime } from '@/lib/time'
import { showToast } from '@/lib/toast'
import { submitScore } from '../api'
import { monthName } from '../month'
import { useWrite } from '@/lib/use-load'
import './property.scss'

const STARS = [1, 2, 3, 4, 5]
const WORDS = ['', '很差', '较差', '一般', '较好', '很好']

/**
 * Five items 1–5 (big stars) and a comment; starts from my score of this month, which I may change
 * until the month ends. A refusal (not my 小区, my own company) is shown in the cloud's words.
 */
export function ScoreForm({
  companyId,
  mine,
  onDone,
}: {
  companyId: string
  mine: MyScore | null
  onDone: (s: MyScore) => void
}) {
  const [items, setItems] = useState<Partial<Record<ScoreItem, number>>>(mine?.items ?? {})
  const [comment, setComment] = useState(mine?.comment ?? '')
  const [tried, setTried] = useState(false)
  const { busy, error, setError, run } = useWrite()
  const missing = SCORE_ITEMS.filter(({ id }) => !items[id])
  const invalid =
    missing.length > 0
      ? `还有 ${missing.map((i) => i.name).join('、')} 没有打分`
      : comment.trim().length > R.commentMax
        ? `意见最多 ${R.commentMax} 个字`
        : null
  const shown = error ?? (tried ? invalid : null)
  const submit = async () => {
    setTried(true)
    if (invalid) return
    const done = await run('score', () =>
      submitScore(
        companyId,
        {
          cleaning: items.cleaning!,
          order: items.order!,
          repair: items.repair!,
          greening: items.greening!,
          openness: items.openness!,
        },
        comment.trim() || undefined,
      ),
    )
    if (done) {
      setTried(false)
      showToast(mine ? '评分已修改' : '评分已提交', 'success')
      onDone(done)
    }
  }
  return (
    <View className="card pm-section" data-testid="score-form">
      {mine ? (
        <Text className="fs-md" data-testid="my-score">
          你已为{monthName(mine.month)}评分（{formatDateTime(mine.at)}），本月结束前可以修改，以最后一次为准。
        </Text>
      ) : (
        <Text className="muted fs-md">每月可评一次，本月结束前可以修改。评分不记名，也不发积分。</Text>
      )}
      {SCORE_ITEMS.map(({ id, name }) => (
        <View key={id} className="pm-rate" data-item={id}>
          <Text className="fs-md pm-strong pm-rate__name">{name}</Text>
          <View className="pm-stars">
            {STARS.map((n) => (
              <Text
                key={n}
                className={`pm-star ${(items[id] ?? 0) >= n ? 'pm-star--on' : ''}`}
                data-value={n}
                aria-label={`${name} ${n} 分`}
                onClick={() => {
                  setItems((was) => ({ ...was, [id]: n }))
                  setError(null)
                }}
              >
                ★
              </Text>
            ))}
          </View>
          <Text className="muted fs-sm pm-rate__word">
            {items[id] ? `${items[id]} 分 ${WORDS[items[id]!]}` : ''}
          </Text>
        </View>
      ))}
      <Textarea
        className="field__input pm-area fs-md"
        name="comment"
        placeholder="意见和建议（选填，最多 200 字）"
        maxlength={R.commentMax}
        value={comment}
        onInput={(e) => {
          setComment(e.detail.value)
          setError(null)
        }}
      />
      {shown ? <Text className="field__error fs-sm">{shown}</Text> : null}
      <Button className="btn btn--primary" loading={busy !== null} disabled={busy !== null} onClick={submit}>
        {mine ? '修改评分' : '提交评分'}
      </Button>
    </View>
  )
}
