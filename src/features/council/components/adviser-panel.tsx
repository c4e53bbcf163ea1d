import { useState } from 'react'
import { Text, Textarea, View } from '@tarojs/components'
import { Button } from '@/components/button'
import { COUNCIL_RULES as R, type Question } from '@/contract/council'
import { showToast } from '@/lib/toast'
import { proposeOn } from '../api'
import { useRun } from '../use-run'

/** 议事员 of the question's community: write a 献策 (10–800 字), shown under their title. */
export function AdviserPanel({
  question: q,
  title,
  onChange,
}: {
  question: Question
  title: string
  onChange: (q: Question) => void
}) {
  const [text, setText] = useState('')
  const [tried, setTried] = useState(false)
  const { busy, error, setError, run } = useRun(onChange)
  if (q.status === 'rejected' || q.status === 'withdrawn') return null
  const length = text.trim().length
  const invalid =
    length < R.proposalMin || length > R.proposalMax
      ? `献策需为 ${R.proposalMin}–${R.proposalMax} 个字`
      : null
  const shown = error ?? (tried ? invalid : null)
  const submit = async () => {
    setTried(true)
    if (invalid) return
    if (await run('propose', () => proposeOn(q.id, text.trim()))) {
      setText('')
      setTried(false)
      showToast('献策已发布', 'success')
    }
  }
  return (
    <View className="card question__section" data-testid="adviser-panel">
      <Text className="fs-lg question__strong">我来献策 · {title}</Text>
      <Textarea
        className="field__input question__area fs-md"
        name="proposal"
        placeholder="结合走访和专业所长，提出可行的办法（公开显示你的议事员身份，不显示姓名电话）"
        maxlength={R.proposalMax}
        value={text}
        onInput={(e) => {
          setText(e.detail.value)
          setError(null)
        }}
      />
      <Text className="muted fs-sm question__count">
        {length}/{R.proposalMax}
      </Text>
      {shown ? <Text className="field__error fs-sm">{shown}</Text> : null}
      <Button className="btn btn--primary" loading={busy !== null} disabled={busy !== null} onClick={submit}>
        发布献策
      </Button>
    </View>
  )
}
