import { useState } from 'react'
import { Input, Text, View } from '@tarojs/components'
import { Button } from '@/components/button'
import { Chip } from '@/components/filter-chips'
import { COUNCIL_CATEGORIES, COUNCIL_RULES as R, type Question } from '@/contract/council'
import { CloudCallError } from '@/lib/cloud'
import { fromTicketRequest } from '../api'
import './council.scss'

/** Staff turn a grid report that needs a community decision into a question (the reporter stays as anonymous as they were). */
export function FromTicketForm({ ticketNo, onDone }: { ticketNo: string; onDone: (q: Question) => void }) {
  const [title, setTitle] = useState('')
  const [category, setCategory] = useState<string | undefined>(undefined)
  const [tried, setTried] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)
  const n = title.trim().length
  const invalid =
    n < R.titleMin || n > R.titleMax
      ? `标题需为 ${R.titleMin}–${R.titleMax} 个字`
      : !category
        ? '请先选择议题类别'
        : null
  const shown = error ?? (tried ? invalid : null)
  const submit = async () => {
    setTried(true)
    if (invalid || !category) return
    setSaving(true)
    try {
      onDone(await fromTicketRequest(ticketNo, title.trim(), category))
    } catch (err) {
      if (err instanceof CloudCallError) setError(err.message)
    } finally {
      setSaving(false)
    }
  }
  return (
    <View className="card question__section">
      <Text className="fs-lg question__strong">转为居民议事</Text>
      <Text className="muted fs-sm">
        工单 {ticketNo}{' '}
        的问题需要社区共同商议：转为议事后由社区署名提出，居民附议、议事员献策，工单进度里会留下记录。
      </Text>
      <Input
        className="field__input"
        name="title"
        placeholder={`议题标题（${R.titleMin}–${R.titleMax} 字）`}
        maxlength={R.titleMax + 10}
        value={title}
        onInput={(e) => {
          setTitle(e.detail.value)
          setError(null)
        }}
      />
      <View className="council-chips">
        {COUNCIL_CATEGORIES.map((c) => (
          <Chip
            key={c.id}
            on={c.id === category}
            onClick={() => {
              setCategory(c.id)
              setError(null)
            }}
          >
            {c.name}
          </Chip>
        ))}
      </View>
      {shown ? <Text className="field__error fs-sm">{shown}</Text> : null}
      <Button className="btn btn--primary" loading={saving} disabled={saving} onClick={submit}>
        转为议事
      </Button>
    </View>
  )
}
