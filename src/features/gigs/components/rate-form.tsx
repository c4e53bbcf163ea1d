import { useState } from 'react'
import { Text, Textarea, View } from '@tarojs/components'
import { Button } from '@/components/button'
import { GIG_RULES as R, type Application } from '@/contract/gigs'
import { rateApplication } from '../api'
import { useWrite } from '@/lib/use-load'
import './gigs.scss'

const WORDS = ['', '很差', '较差', '一般', '较好', '很好']

/** 1–5 big stars and an optional comment, once: the worker rates the employer or the employer the worker. */
export function RateForm({
  applicationId,
  title,
  onDone,
}: {
  applicationId: string
  title: string
  onDone: (a: Application) => void
}) {
  const [score, setScore] = useState(0)
  const [comment, setComment] = useState('')
  const [tried, setTried] = useState(false)
  const { busy, error, setError, run } = useWrite()
  const invalid = score === 0 ? '请先选择 1–5 星' : null
  const shown = error ?? (tried ? invalid : null)
  const submit = async () => {
    setTried(true)
    if (invalid) return
    const done = await run('rate', () =>
      rateApplication({ applicationId, score, comment: comment.trim() || undefined }),
    )
    if (done) onDone(done)
  }
  return (
    <View className="gg-rate" data-testid="rate-form">
      <Text className="fs-md gg-strong">{title}</Text>
      <View className="gg-stars-row">
        {[1, 2, 3, 4, 5].map((n) => (
          <Text
            key={n}
            className={`gg-star ${score >= n ? 'gg-star--on' : ''}`}
            data-value={n}
            aria-label={`${n} 星`}
            onClick={() => {
              setScore(n)
              setError(null)
            }}
          >
            ★
          </Text>
        ))}
        <Text className="muted fs-sm">{score ? `${score} 分 ${WORDS[score]}` : ''}</Text>
      </View>
      <Textarea
        className="field__input gg-area fs-md"
        name="comment"
        placeholder={`说两句（选填，最多 ${R.commentMax} 字）`}
        maxlength={R.commentMax}
        value={comment}
        onInput={(e) => setComment(e.detail.value)}
      />
      {shown ? <Text className="field__error fs-sm">{shown}</Text> : null}
      <Button className="btn btn--primary" loading={busy !== null} disabled={busy !== null} onClick={submit}>
        提交评价
      </Button>
    </View>
  )
}
