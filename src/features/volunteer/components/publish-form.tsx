import { useEffect, useState } from 'react'
import { Input, Picker, Text, View } from '@tarojs/components'
import { Button } from '@/components/button'
import { ErrorState, Loading } from '@/components/state-view'
import { activityInputAt } from '@/contract/schemas/volunteer'
import type { Place } from '@/contract/place'
import { ACTIVITY_RULES as R, type ActivityInput } from '@/contract/volunteer'
import { checkForm } from '@/lib/check-form'
import { canPickPlace, pickPlace } from '@/lib/location'
import { CloudCallError, errorMessage } from '@/lib/cloud'
import { goBack } from '@/lib/navigation'
import { chinaTime, formatDateTime } from '@/lib/time'
import { showToast } from '@/lib/toast'
import { fetchActivity, publish } from '../api'
import './staff.scss'
import './volunteer.scss'

const HOUR = 3_600_000
const DURATIONS = [1, 1.5, 2, 3, 4, 6, 8]

interface Draft {
  title: string
  description: string
  place: string
  date: string
  time: string
  duration: number
  quota: string
  points: string
  location?: Place
}

const CANCEL_BEFORE = 2 * HOUR

/** The next full hour that leaves the 2-hour cancel cutoff at least 30 minutes ahead. */
export function defaultStart(now: number): number {
  return Math.ceil((now + CANCEL_BEFORE + 30 * 60_000) / HOUR) * HOUR
}

function draftOf(startAt: number, rest: Partial<Draft> = {}): Draft {
  const start = chinaTime(startAt)
  return {
    title: '',
    description: '',
    place: '',
    quota: '10',
    points: '10',
    duration: 2,
    date: start.format('YYYY-MM-DD'),
    time: start.format('HH:mm'),
    ...rest,
  }
}

type DraftErrors = Partial<Record<keyof Draft, string>>

/** A typed number as the cloud would receive it: blank is missing, anything not a plain number stays text. */
const numberOf = (typed: string): number | string | undefined =>
  typed.trim() === '' ? undefined : /^-?\d+(\.\d+)?$/.test(typed.trim()) ? Number(typed) : typed

/** Where each rule's message shows: the time rules under the start time row. */
const FIELD: Record<string, keyof Draft> = {
  title: 'title',
  description: 'description',
  place: 'place',
  quota: 'quota',
  points: 'points',
  startAt: 'date',
  endAt: 'date',
  cancelDeadline: 'date',
}

export function validateDraft(d: Draft, now: number): { input?: ActivityInput; errors: DraftErrors } {
  const startAt = Date.parse(`${d.date}T${d.time}:00+08:00`)
  const { output, errors: found } = checkForm(activityInputAt(now), {
    title: d.title,
    description: d.description,
    place: d.place,
    startAt,
    endAt: startAt + d.duration * HOUR,
    quota: numberOf(d.quota),
    points: numberOf(d.points),
    location: d.location,
  })
  const errors: DraftErrors = {}
  for (const [key, message] of Object.entries(found)) {
    const field = FIELD[key] ?? 'title'
    errors[field] ??= message
  }
  return { input: output, errors }
}

/** When sign-ups can no longer be cancelled, and a warning when that is already past. */
function CancelCutoff({ startAt, now }: { startAt: number; now: number }) {
  if (Number.isNaN(startAt)) return null
  const cutoff = startAt - CANCEL_BEFORE
  return (
    <View className="publish-form__cutoff" data-testid="cancel-cutoff">
      <Text className="muted fs-sm">
        开始前 2 小时截止取消报名（{formatDateTime(cutoff)}）；服务满活动时长 60% 才计积分。
      </Text>
      {cutoff <= now ? (
        <Text className="field__error fs-sm">开始时间不足 2 小时，报名的人将不能取消报名</Text>
      ) : null}
    </View>
  )
}

/** Publish a new activity, or edit one (`id`) before it starts. */
export function PublishForm({ id, now, community }: { id?: string; now: number; community: string }) {
  const [draft, setDraft] = useState<Draft | null>(id ? null : draftOf(defaultStart(now)))
  const [loadError, setLoadError] = useState<string | null>(null)
  const [errors, setErrors] = useState<DraftErrors>({})
  const [saving, setSaving] = useState(false)
  useEffect(() => {
    if (!id) return
    fetchActivity(id).then(
      (a) =>
        setDraft(
          draftOf(a.startAt, {
            title: a.title,
            description: a.description,
            place: a.place,
            quota: String(a.quota),
            points: String(a.points),
            duration: (a.endAt - a.startAt) / HOUR,
            location: a.location,
          }),
        ),
      (err) => setLoadError(errorMessage(err)),
    )
  }, [id])
  if (loadError) return <ErrorState message={loadError} />
  if (!draft) return <Loading />
  const set = (patch: Partial<Draft>) => {
    const next = { ...draft, ...patch }
    setDraft(next)
    if (Object.keys(errors).length > 0) setErrors(validateDraft(next, now).errors)
  }
  const submit = async () => {
    const { input, errors: found } = validateDraft(draft, now)
    setErrors(found)
    if (!input) return
    setSaving(true)
    try {
      await publish(input, id)
      showToast(id ? '已保存修改' : '活动已发布', 'success')
      goBack()
    } catch (err) {
      if (err instanceof CloudCallError && err.code === 'INVALID_ARGUMENT') setErrors({ title: err.message })
    } finally {
      setSaving(false)
    }
  }
  const field = (
    key: 'title' | 'place' | 'quota' | 'points',
    label: string,
    type: 'text' | 'number' = 'text',
  ) => (
    <View className="field">
      <Text className="field__label fs-md">{label}</Text>
      <Input
        className="field__input"
        name={key}
        type={type}
        value={draft[key]}
        onInput={(e) => set({ [key]: e.detail.value })}
      />
      {errors[key] ? <Text className="field__error fs-sm">{errors[key]}</Text> : null}
    </View>
  )
  return (
    <View className="card publish-form">
      <Text className="muted fs-sm">发布到：{community}</Text>
      {field('title', '活动名称')}
      {field('place', '活动地点')}
      {canPickPlace ? (
        <View
          className="publish-form__map"
          data-testid="pick-place"
          onClick={() =>
            void pickPlace().then((picked) => {
              if (picked) set({ location: picked, place: draft.place || picked.name.slice(0, R.placeMax) })
            })
          }
        >
          <Text className="fs-md">
            {draft.location ? `集合点：${draft.location.name}` : '在地图上标注集合点（可选）'}
          </Text>
          <Text className="muted fs-sm">{draft.location ? '重新选择 ›' : '选择 ›'}</Text>
        </View>
      ) : null}
      <View className="field">
        <Text className="field__label fs-md">活动介绍</Text>
        <Input
          className="field__input"
          name="description"
          value={draft.description}
          maxlength={R.descriptionMax}
          placeholder="做什么、带什么、在哪集合"
          onInput={(e) => set({ description: e.detail.value })}
        />
        {errors.description ? <Text className="field__error fs-sm">{errors.description}</Text> : null}
      </View>
      <View className="field">
        <Text className="field__label fs-md">开始时间</Text>
        <View className="publish-form__row">
          <Picker
            mode="date"
            value={draft.date}
            start={chinaTime(now).format('YYYY-MM-DD')}
            onChange={(e) => set({ date: e.detail.value })}
          >
            <Text className="chip fs-md">{draft.date}</Text>
          </Picker>
          <Picker mode="time" value={draft.time} onChange={(e) => set({ time: e.detail.value })}>
            <Text className="chip fs-md">{draft.time}</Text>
          </Picker>
          <Picker
            mode="selector"
            range={DURATIONS.map((h) => `${h} 小时`)}
            value={Math.max(0, DURATIONS.indexOf(draft.duration))}
            onChange={(e) => set({ duration: DURATIONS[Number(e.detail.value)] })}
          >
            <Text className="chip fs-md">时长 {draft.duration} 小时</Text>
          </Picker>
        </View>
        {errors.date ? <Text className="field__error fs-sm">{errors.date}</Text> : null}
      </View>
      {field('quota', '招募人数', 'number')}
      {field('points', '完成可得积分', 'number')}
      <CancelCutoff startAt={Date.parse(`${draft.date}T${draft.time}:00+08:00`)} now={now} />
      <Button className="btn btn--primary" loading={saving} disabled={saving} onClick={() => void submit()}>
        {id ? '保存修改' : '发布活动'}
      </Button>
    </View>
  )
}
