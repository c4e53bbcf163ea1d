import { useState } from 'react'
import { Input, Text, View } from '@tarojs/components'
import { Button } from '@/components/button'
import { GRID_RULES, type Ticket } from '@/contract/grid'
import { rateInput } from '@/contract/schemas/grid'
import { checkForm } from '@/lib/check-form'
import { CloudCallError } from '@/lib/cloud'
import { showToast } from '@/lib/toast'
import { rateTicket } from '../api'

/** Rating a resolved ticket: 1–2 stars reopen it, 3–5 close it. */
export function RatingPanel({ ticket, onRated }: { ticket: Ticket; onRated: (t: Ticket) => void }) {
  const [score, setScore] = useState(0)
  const [comment, setComment] = useState('')
  const [saving, setSaving] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const submit = async () => {
    const { output, errors } = checkForm(rateInput, {
      ticketNo: ticket.ticketNo,
      score: score || undefined,
      comment: comment.trim() || undefined,
    })
    if (!output) return setError(Object.values(errors)[0] ?? null)
    setSaving(true)
    try {
      const next = await rateTicket(output.ticketNo, output.score, output.comment)
      showToast(next.status === 'reopened' ? '已提交，工单将重新办理' : '感谢评价，工单已办结', 'none')
      onRated(next)
    } catch (err) {
      if (err instanceof CloudCallError) setError(err.message)
    } finally {
      setSaving(false)
    }
  }
  return (
    <View className="card rating">
      <Text className="fs-lg rating__title">对办理结果满意吗？</Text>
      <View className="rating__stars">
        {[1, 2, 3, 4, 5].map((n) => (
          <Text
            key={n}
            className={`rating__star fs-xl ${n <= score ? 'rating__star--on' : ''}`}
            data-score={n}
            onClick={() => {
              setScore(n)
              setError(null)
            }}
          >
            ★
          </Text>
        ))}
      </View>
      <Text className="muted fs-sm">
        {score === 0
          ? '1–2 星表示不满意，工单将重新办理'
          : score <= 2
            ? `${score} 星：不满意，将重新办理`
            : `${score} 星`}
      </Text>
      <Input
        className="field__input rating__comment"
        name="comment"
        placeholder="说说办理情况（选填）"
        maxlength={GRID_RULES.commentMax}
        value={comment}
        onInput={(e) => {
          setComment(e.detail.value)
          setError(null)
        }}
      />
      {error ? <Text className="field__error fs-sm">{error}</Text> : null}
      <Button className="btn btn--primary" loading={saving} disabled={saving} onClick={submit}>
        提交评价
      </Button>
    </View>
  )
}
