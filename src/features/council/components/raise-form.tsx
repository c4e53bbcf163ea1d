import { useEffect, useRef, useState } from 'react'
import { Input, Text, Textarea, View } from '@tarojs/components'
import { Button } from '@/components/button'
import { PhotoPicker } from '@/components/photo-picker'
import { Chip } from '@/components/filter-chips'
import {
  COUNCIL_CATEGORIES,
  COUNCIL_RULES as R,
  type Question,
  type QuestionSummary,
} from '@/contract/council'
import { CloudCallError } from '@/lib/cloud'
import { openPage } from '@/lib/navigation'
import { newRequestId } from '@/lib/request-id'
import { fetchSimilar, raiseQuestion } from '../api'
import { QuestionTag } from './parts'

type Field = 'title' | 'category' | 'description'

/** The form's own checks, on COUNCIL_RULES (the cloud checks the same and answers alike). */
export function checkRaise(v: { title: string; category?: string; description: string }) {
  const errors: Partial<Record<Field, string>> = {}
  const t = v.title.trim().length
  const d = v.description.trim().length
  if (t < R.titleMin || t > R.titleMax) errors.title = `标题需为 ${R.titleMin}–${R.titleMax} 个字`
  if (!v.category) errors.category = '请先选择议题类别'
  if (d < R.descriptionMin || d > R.descriptionMax)
    errors.description = `问题描述需为 ${R.descriptionMin}–${R.descriptionMax} 个字`
  return errors
}

const SIMILAR_DELAY = 400

/** 居民点单: title, category, description, up to 3 photos; look-alike open questions offered while typing. */
export function RaiseForm({ communityId, onDone }: { communityId: string; onDone: (q: Question) => void }) {
  const [title, setTitle] = useState('')
  const [category, setCategory] = useState<string | undefined>(undefined)
  const [description, setDescription] = useState('')
  const [photos, setPhotos] = useState<string[]>([])
  const [similar, setSimilar] = useState<QuestionSummary[]>([])
  const [tried, setTried] = useState(false)
  const [formError, setFormError] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)
  const requestId = useRef(newRequestId())

  useEffect(() => {
    const text = title.trim()
    if (text.length < 2) {
      setSimilar([])
      return
    }
    let live = true
    const timer = setTimeout(() => {
      fetchSimilar(text.slice(0, R.titleMax), communityId).then(
        (found) => live && setSimilar(found),
        () => live && setSimilar([]),
      )
    }, SIMILAR_DELAY)
    return () => {
      live = false
      clearTimeout(timer)
    }
  }, [title, communityId])
  useEffect(() => setFormError(null), [title, category, description, photos])

  const found = checkRaise({ title, category, description })
  const errors = tried ? found : {}

  const submit = async () => {
    setTried(true)
    setFormError(null)
    if (Object.keys(found).length > 0 || !category) return
    setSaving(true)
    try {
      onDone(
        await raiseQuestion({
          title: title.trim(),
          description: description.trim(),
          category,
          photos: photos.length > 0 ? photos : undefined,
          communityId,
          requestId: requestId.current,
        }),
      )
    } catch (err) {
      if (err instanceof CloudCallError) {
        setFormError(err.message)
        // a refused attempt is over (a lost answer is retried as the same request)
        if (err.code !== 'INTERNAL') requestId.current = newRequestId()
      }
    } finally {
      setSaving(false)
    }
  }

  return (
    <View className="raise">
      <Text className="section-title fs-lg">1. 一句话说清问题</Text>
      <View className="card">
        <View className="field">
          <Input
            className="field__input"
            name="title"
            placeholder={`如：小区晚上停车难（${R.titleMin}–${R.titleMax} 字）`}
            maxlength={R.titleMax + 10}
            value={title}
            onInput={(e) => setTitle(e.detail.value)}
          />
          <Text className="muted fs-sm question__count">
            {title.trim().length}/{R.titleMax}
          </Text>
          {errors.title ? <Text className="field__error fs-sm">{errors.title}</Text> : null}
        </View>
      </View>
      {similar.length > 0 ? (
        <View className="card raise__similar" data-testid="similar">
          <Text className="fs-md question__strong">这些问题和你的很像，去附议吧</Text>
          {similar.map((s) => (
            <View
              key={s.id}
              className="raise__similar-row"
              data-question={s.id}
              onClick={() => openPage(`/packages/council/question/index?id=${s.id}`)}
            >
              <Text className="fs-md">{s.title}</Text>
              <View className="question__row">
                <QuestionTag status={s.status} />
                <Text className="muted fs-sm">{s.supports} 人附议 ›</Text>
              </View>
            </View>
          ))}
        </View>
      ) : null}

      <Text className="section-title fs-lg">2. 问题类别</Text>
      <View className="card council-chips">
        {COUNCIL_CATEGORIES.map((c) => (
          <Chip key={c.id} on={c.id === category} onClick={() => setCategory(c.id)}>
            {c.name}
          </Chip>
        ))}
        {errors.category ? <Text className="field__error fs-sm">{errors.category}</Text> : null}
      </View>

      <Text className="section-title fs-lg">3. 具体说说</Text>
      <View className="card">
        <View className="field">
          <Textarea
            className="field__input question__area fs-md"
            name="description"
            placeholder="在哪里、什么时候、影响了谁，你希望怎么改善"
            maxlength={R.descriptionMax + 20}
            value={description}
            onInput={(e) => setDescription(e.detail.value)}
          />
          <Text className="muted fs-sm question__count">
            {description.trim().length}/{R.descriptionMax}
          </Text>
          {errors.description ? <Text className="field__error fs-sm">{errors.description}</Text> : null}
        </View>
        <Text className="field__label fs-md">照片（选填，最多 {R.photosMax} 张）</Text>
        <PhotoPicker photos={photos} onChange={setPhotos} max={R.photosMax} maxChars={R.photoMaxChars} />
      </View>

      <Text className="muted fs-sm section-title">
        提交后本社区居民可以附议，附议人数达到门槛后社区将公开答复。每人同时最多 {R.openMax} 个未答复的问题。
      </Text>
      {formError ? <Text className="field__error fs-sm section-title">{formError}</Text> : null}
      <View className="raise__submit">
        <Button className="btn btn--primary" loading={saving} disabled={saving} onClick={submit}>
          提交点单
        </Button>
      </View>
    </View>
  )
}
