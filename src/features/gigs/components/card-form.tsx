import { useState } from 'react'
import { Input, Text, Textarea, View } from '@tarojs/components'
import { Button } from '@/components/button'
import { Chip } from '@/components/filter-chips'
import { GIG_RULES as R, GIG_TRADES, type Card, type TradeId } from '@/contract/gigs'
import { formatDateTime } from '@/lib/time'
import { showToast } from '@/lib/toast'
import { saveCard } from '../api'
import { useWrite } from '@/lib/use-load'
import './gigs.scss'

type Field = 'trades' | 'times' | 'note'

export function checkCard(v: { trades: TradeId[]; times: string; note: string }) {
  const errors: Partial<Record<Field, string>> = {}
  const t = v.times.trim().length
  if (v.trades.length === 0) errors.trades = '请至少选择一个会做的工种'
  if (t < R.timesMin || t > R.timesMax) errors.times = `空闲时间需为 ${R.timesMin}–${R.timesMax} 个字`
  if (v.note.trim().length > R.noteMax) errors.note = `补充说明最多 ${R.noteMax} 个字`
  return errors
}

/** 我的求职卡: trades (several), when I am free, a note; employers see it beside my applications. */
export function CardForm({ card, onSaved }: { card: Card | null; onSaved: (c: Card) => void }) {
  const [trades, setTrades] = useState<TradeId[]>(card?.trades ?? [])
  const [times, setTimes] = useState(card?.times ?? '')
  const [note, setNote] = useState(card?.note ?? '')
  const [tried, setTried] = useState(false)
  const { busy, error, run } = useWrite()
  const errors = tried ? checkCard({ trades, times, note }) : {}
  const toggle = (id: TradeId) =>
    setTrades((was) =>
      was.includes(id)
        ? was.filter((t) => t !== id)
        : GIG_TRADES.map((t) => t.id).filter((t) => t === id || was.includes(t)),
    )
  const submit = async () => {
    setTried(true)
    if (Object.keys(checkCard({ trades, times, note })).length > 0) return
    const saved = await run('card', () =>
      saveCard({ trades, times: times.trim(), note: note.trim() || undefined }),
    )
    if (saved) {
      showToast('求职卡已保存', 'success')
      onSaved(saved)
    }
  }
  return (
    <View className="card gg-section" data-testid="card-form">
      <Text className="muted fs-sm">
        {card
          ? `上次保存：${formatDateTime(card.updatedAt)}`
          : '填写后，你报名时用工方能看到你会做什么、什么时候有空。'}
      </Text>
      <View className="field">
        <Text className="field__label fs-md">会做的工种（可多选）</Text>
        <View className="gg-chips" data-testid="card-trades">
          {GIG_TRADES.map((t) => (
            <Chip key={t.id} on={trades.includes(t.id)} onClick={() => toggle(t.id)}>
              {t.name}
            </Chip>
          ))}
        </View>
        {errors.trades ? <Text className="field__error fs-sm">{errors.trades}</Text> : null}
      </View>
      <View className="field">
        <Text className="field__label fs-md">空闲时间</Text>
        <Input
          className="field__input"
          name="times"
          placeholder="如：工作日下午、周末全天"
          maxlength={R.timesMax}
          value={times}
          onInput={(e) => setTimes(e.detail.value)}
        />
        {errors.times ? <Text className="field__error fs-sm">{errors.times}</Text> : null}
      </View>
      <View className="field">
        <Text className="field__label fs-md">补充说明（选填）</Text>
        <Textarea
          className="field__input gg-area fs-md"
          name="note"
          placeholder={`经验、证书、自带工具等，最多 ${R.noteMax} 字`}
          maxlength={R.noteMax}
          value={note}
          onInput={(e) => setNote(e.detail.value)}
        />
        {errors.note ? <Text className="field__error fs-sm">{errors.note}</Text> : null}
      </View>
      {error ? <Text className="field__error fs-sm">{error}</Text> : null}
      <Button className="btn btn--primary" loading={busy !== null} disabled={busy !== null} onClick={submit}>
        保存求职卡
      </Button>
    </View>
  )
}
