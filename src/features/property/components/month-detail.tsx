import { useState } from 'react'
import { Text, Textarea, View } from '@tarojs/components'
import { Button } from '@/components/button'
import { PROPERTY_RULES as R, SCORE_ITEMS, type Monthly } from '@/contract/property'
import { formatDate, formatDateTime } from '@/lib/time'
import { showToast } from '@/lib/toast'
import { replyMonth } from '../api'
import { monthName } from '../month'
import { useWrite } from '@/lib/use-load'
import { GradeTag } from './parts'
import './property.scss'

const mean = (x: number | null) => (x === null ? '—' : x.toFixed(2))

/** Why the grade is what it is, in words. */
function gradeWhy(m: Monthly): string {
  if (m.grade === null) return `评分不足 ${R.minScorers} 人，样本不足，不评等级`
  if (m.grade === 'AAA') return '85 分及以上：AAA，列入红榜'
  if (m.grade === 'AA') return '80–85 分：AA'
  if (m.grade === 'A') return '70–80 分：A'
  if (m.grade === 'B') return m.score >= 60 ? '60–70 分：B' : '低于 60 分，但当月没有扣分记录和逾期工单：B'
  return '低于 60 分且有扣分记录或逾期工单：C，列入黑榜'
}

/** Every number of a company's month and what produced it. */
export function MonthDetail({ m }: { m: Monthly }) {
  const good = m.records.filter((r) => r.kind === 'good')
  const bad = m.records.filter((r) => r.kind === 'bad')
  const late = m.lateTickets * R.latePenalty
  const raw = m.base + m.good - m.bad - late
  return (
    <View className="card pm-section" data-testid="month-detail" data-month={m.month}>
      <View className="pm-card__head">
        <Text className="fs-lg pm-strong">{monthName(m.month)}</Text>
        <GradeTag grade={m.grade} />
      </View>
      <View className="pm-card__meta">
        <Text className="fs-xl pm-score" data-testid="detail-score">
          {m.score.toFixed(1)}
        </Text>
        <Text className="muted fs-sm" data-testid="detail-scorers">
          {m.scorers} 位居民评分
        </Text>
      </View>
      <Text className="muted fs-sm">{gradeWhy(m)}</Text>

      <Text className="fs-md pm-strong">① 五项评分（1–5 分）</Text>
      <View className="pm-table" data-testid="item-table">
        <View className="pm-table__row pm-table__row--head">
          <Text className="pm-table__name fs-sm">项目</Text>
          <Text className="pm-table__num fs-sm">本企业平均</Text>
          <Text className="pm-table__num fs-sm">全区平均</Text>
        </View>
        {SCORE_ITEMS.map(({ id, name }) => (
          <View key={id} className="pm-table__row" data-item={id}>
            <Text className="pm-table__name fs-md">{name}</Text>
            <Text className="pm-table__num fs-md">{mean(m.items[id])}</Text>
            <Text className="pm-table__num fs-md muted">{m.district[id].toFixed(2)}</Text>
          </View>
        ))}
      </View>
      <Text className="muted fs-sm">
        每项按「{m.scorers} 位居民的平均分」与「{R.m} 份全区平均分」加权拉平，五项平均后换算成 0–100
        分，得到基础分 {m.base.toFixed(1)}。
      </Text>

      <Text className="fs-md pm-strong">② 加分记录 +{m.good}</Text>
      {good.length === 0 ? <Text className="muted fs-sm">本月没有加分记录</Text> : null}
      {good.map((r) => (
        <View key={r.id} className="pm-item" data-testid="record">
          <Text className="fs-md">
            +{r.points} {r.reason}
          </Text>
          <Text className="muted fs-sm">
            {r.community}工作人员记录 · {formatDate(r.at)}
          </Text>
        </View>
      ))}

      <Text className="fs-md pm-strong">③ 扣分记录 −{m.bad}</Text>
      {bad.length === 0 ? <Text className="muted fs-sm">本月没有扣分记录</Text> : null}
      {bad.map((r) => (
        <View key={r.id} className="pm-item" data-testid="record">
          <Text className="fs-md">
            −{r.points} {r.reason}
          </Text>
          <Text className="muted fs-sm">
            {r.community}工作人员记录 · {formatDate(r.at)}
          </Text>
        </View>
      ))}

      <Text className="fs-md pm-strong">
        ④ 逾期网格工单 {m.lateTickets} 件 −{late}
      </Text>
      {m.late.length === 0 ? <Text className="muted fs-sm">本月没有逾期办结的物业服务工单</Text> : null}
      {m.late.map((t) => (
        <View key={t.ticketNo} className="pm-item" data-testid="late-ticket">
          <Text className="fs-md">
            工单 {t.ticketNo} · {t.estate}
          </Text>
          <Text className="muted fs-sm">
            应办结 {formatDateTime(t.dueAt)} ·{' '}
            {t.resolvedAt === null ? '月底仍未办结' : `办结 ${formatDateTime(t.resolvedAt)}`}
          </Text>
        </View>
      ))}

      <View className="pm-sum" data-testid="formula">
        <Text className="fs-md">
          {m.base.toFixed(1)} + {m.good} − {m.bad} − {late} = {m.score.toFixed(1)}
        </Text>
        {raw !== m.score && (raw < 0 || raw > 100) ? (
          <Text className="muted fs-sm">得分限定在 0–100 分之间</Text>
        ) : null}
      </View>

      {m.reply ? (
        <View className="pm-reply" data-testid="reply">
          <Text className="fs-md pm-strong">物业的答复与整改措施</Text>
          <Text className="fs-md pm-pre">{m.reply.text}</Text>
          <Text className="muted fs-sm">{formatDateTime(m.reply.at)}</Text>
        </View>
      ) : null}
    </View>
  )
}

/** The company's 物业: a public reply and improvement plan for an ended month (10–500 字). */
export function ReplyForm({ m, onDone }: { m: Monthly; onDone: (m: Monthly) => void }) {
  const [text, setText] = useState(m.reply?.text ?? '')
  const [tried, setTried] = useState(false)
  const { busy, error, setError, run } = useWrite()
  const n = text.trim().length
  const invalid = n < R.replyMin || n > R.replyMax ? `答复需为 ${R.replyMin}–${R.replyMax} 个字` : null
  const shown = error ?? (tried ? invalid : null)
  const submit = async () => {
    setTried(true)
    if (invalid) return
    const next = await run('reply', () => replyMonth(m.month, text.trim()))
    if (next) {
      setTried(false)
      showToast('答复已公开', 'success')
      onDone(next)
    }
  }
  return (
    <View className="card pm-section" data-testid="reply-form">
      <Text className="fs-lg pm-strong">{m.reply ? '修改公开答复' : '公开答复与整改措施'}</Text>
      <Text className="muted fs-sm">{monthName(m.month)}的答复会显示在红黑榜和本企业页面上。</Text>
      <Textarea
        className="field__input pm-area fs-md"
        name="reply"
        placeholder="问题原因、整改措施和完成时间"
        maxlength={R.replyMax}
        value={text}
        onInput={(e) => {
          setText(e.detail.value)
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
