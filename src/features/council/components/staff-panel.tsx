import { useState } from 'react'
import { Input, Text, Textarea, View } from '@tarojs/components'
import { Button } from '@/components/button'
import { PhotoPicker } from '@/components/photo-picker'
import { Chip, FilterChips } from '@/components/filter-chips'
import {
  COUNCIL_RULES as R,
  PLAN_STAGE_NAMES,
  type AnswerStatus,
  type PlanStage,
  type Question,
} from '@/contract/council'
import { showToast } from '@/lib/toast'
import { addProgress, answerQuestion } from '../api'
import { useRun } from '../use-run'
import { ANSWER_NAMES } from './question-detail'

const ANSWERABLE = ['raised', 'pending', 'evaluating']
const ANSWERS: AnswerStatus[] = ['evaluating', 'accepted', 'rejected']

function reasonError(status: AnswerStatus | undefined, reason: string): string | null {
  if (!status) return '请选择答复结果'
  const n = reason.trim().length
  if (status === 'rejected' && n === 0) return '不予采纳需写明理由，理由会公开'
  if (n > 0 && (n < R.reasonMin || n > R.reasonMax)) return `理由需为 ${R.reasonMin}–${R.reasonMax} 个字`
  return null
}

function AnswerForm({ question: q, onChange }: { question: Question; onChange: (q: Question) => void }) {
  const [status, setStatus] = useState<AnswerStatus | undefined>(undefined)
  const [reason, setReason] = useState('')
  const [tried, setTried] = useState(false)
  const { busy, error, setError, run } = useRun(onChange)
  const invalid = reasonError(status, reason)
  const shown = error ?? (tried ? invalid : null)
  const submit = async () => {
    setTried(true)
    if (invalid || !status) return
    const text = reason.trim()
    if (await run('answer', () => answerQuestion({ questionId: q.id, status, reason: text || undefined }))) {
      setReason('')
      setTried(false)
      showToast('答复已公开', 'success')
    }
  }
  return (
    <View className="card question__section" data-testid="answer-form">
      <Text className="fs-lg question__strong">答复居民</Text>
      <View className="council-chips">
        <FilterChips
          options={ANSWERS.filter((a) => a !== q.status).map((a) => [a, ANSWER_NAMES[a]] as const)}
          value={status}
          onChange={(v) => {
            setStatus(v)
            setError(null)
          }}
        />
      </View>
      <Textarea
        className="field__input question__area fs-md"
        name="reason"
        placeholder={status === 'rejected' ? '不予采纳的理由（必填，公开显示）' : '说明（选填，公开显示）'}
        maxlength={R.reasonMax}
        value={reason}
        onInput={(e) => {
          setReason(e.detail.value)
          setError(null)
        }}
      />
      {shown ? <Text className="field__error fs-sm">{shown}</Text> : null}
      <Button className="btn btn--primary" loading={busy !== null} disabled={busy !== null} onClick={submit}>
        公开答复
      </Button>
    </View>
  )
}

const STAGES: PlanStage[] = ['todo', 'doing', 'done']

function ProgressForm({ question: q, onChange }: { question: Question; onChange: (q: Question) => void }) {
  const [stage, setStage] = useState<PlanStage | undefined>(q.plan?.stage)
  const [progress, setProgress] = useState(String(q.plan?.progress ?? 0))
  const [note, setNote] = useState('')
  const [photo, setPhoto] = useState<string | null>(null)
  const [tried, setTried] = useState(false)
  const { busy, error, setError, run } = useRun(onChange)
  const value = Number(progress)
  const n = note.trim().length
  const invalid =
    n < R.noteMin || n > R.noteMax
      ? `进展说明需为 ${R.noteMin}–${R.noteMax} 个字`
      : stage !== 'done' && (!Number.isInteger(value) || value < 0 || value > 100)
        ? '进度需为 0–100 的整数'
        : null
  const shown = error ?? (tried ? invalid : null)
  const edit = () => setError(null)
  const submit = async () => {
    setTried(true)
    if (invalid) return
    const input = {
      questionId: q.id,
      stage,
      progress: stage === 'done' ? 100 : value,
      note: note.trim(),
      photo: photo ?? undefined,
    }
    if (await run('progress', () => addProgress(input))) {
      setNote('')
      setPhoto(null)
      setTried(false)
      showToast('进展已公开', 'success')
    }
  }
  return (
    <View className="card question__section" data-testid="progress-form">
      <Text className="fs-lg question__strong">添加进展</Text>
      <View className="council-chips">
        {STAGES.map((s) => (
          <Chip
            key={s}
            on={stage === s}
            onClick={() => {
              setStage(s)
              edit()
            }}
          >
            {PLAN_STAGE_NAMES[s]}
          </Chip>
        ))}
      </View>
      {stage !== 'done' ? (
        <View className="question__row">
          <Text className="fs-md">完成进度（%）</Text>
          <Input
            className="field__input"
            name="progress"
            type="number"
            maxlength={3}
            value={progress}
            onInput={(e) => {
              setProgress(e.detail.value)
              edit()
            }}
          />
        </View>
      ) : (
        <Text className="muted fs-sm">标为已完成后进度为 100%，附议居民和提问人可以评价</Text>
      )}
      <Textarea
        className="field__input question__area fs-md"
        name="note"
        placeholder="这一步做了什么（公开显示）"
        maxlength={R.noteMax}
        value={note}
        onInput={(e) => {
          setNote(e.detail.value)
          edit()
        }}
      />
      <PhotoPicker
        photos={photo ? [photo] : []}
        onChange={(picked) => setPhoto(picked[0] ?? null)}
        max={1}
        maxChars={R.photoMaxChars}
        hint="照片（选填）"
        testId="add-milestone-photo"
      />
      {shown ? <Text className="field__error fs-sm">{shown}</Text> : null}
      <Button className="btn btn--primary" loading={busy !== null} disabled={busy !== null} onClick={submit}>
        公开进展
      </Button>
    </View>
  )
}

/** Staff of the question's community: answer it, then record the 落实 progress. */
export function StaffPanel({
  question: q,
  onChange,
}: {
  question: Question
  onChange: (q: Question) => void
}) {
  if (q.own) {
    return (
      <View className="card question__section">
        <Text className="fs-lg question__strong">答复居民</Text>
        <Text className="muted fs-md">这是你提出的问题，请由本社区其他工作人员答复</Text>
      </View>
    )
  }
  if (ANSWERABLE.includes(q.status)) return <AnswerForm question={q} onChange={onChange} />
  if (q.status === 'accepted' || q.status === 'reopened')
    return <ProgressForm question={q} onChange={onChange} />
  return null
}
