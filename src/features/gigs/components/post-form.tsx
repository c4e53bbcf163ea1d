import { useRef, useState } from 'react'
import { Input, Picker, Text, Textarea, View } from '@tarojs/components'
import { Button } from '@/components/button'
import { Chip } from '@/components/filter-chips'
import {
  GIG_RULES as R,
  GIG_TRADES,
  PAY_UNITS,
  isBelowGuide,
  type Job,
  type PayUnit,
  type TradeId,
} from '@/contract/gigs'
import { postInput } from '@/contract/schemas/gigs'
import type { StreetCommunities } from '@/contract/user'
import { checkForm } from '@/lib/check-form'
import { newRequestId } from '@/lib/request-id'
import { chinaTime } from '@/lib/time'
import { postJob } from '../api'
import { payText } from '../format'
import { useWrite } from '@/lib/use-load'
import { CommunityPicker } from './community-picker'
import './gigs.scss'

export interface PostDraft {
  trade?: TradeId
  title: string
  description: string
  communityId?: string
  address: string
  date: string
  start: string
  end: string
  amount: string
  unit: PayUnit
  headcount: string
  deadlineDate: string
  deadlineTime: string
}

type Field = keyof PostDraft | 'startAt' | 'endAt' | 'deadline' | 'pay' | 'form'

const at = (date: string, time: string) => Date.parse(`${date}T${time}:00+08:00`)

/** Tomorrow 09:00–12:00, applications until 08:00 that day. */
export function defaultDraft(now: number, communityId?: string): PostDraft {
  const tomorrow = chinaTime(now).add(1, 'day').format('YYYY-MM-DD')
  return {
    title: '',
    description: '',
    communityId,
    address: '',
    date: tomorrow,
    start: '09:00',
    end: '12:00',
    amount: '',
    unit: 'hour',
    headcount: '1',
    deadlineDate: tomorrow,
    deadlineTime: '08:00',
  }
}

const numberOf = (typed: string): number | string =>
  /^\d+(\.\d+)?$/.test(typed.trim()) ? Number(typed.trim()) : typed

/** The form's checks: the cloud's schema (its words), then the times against each other and `now`. */
export function checkPost(d: PostDraft, now: number): Partial<Record<Field, string>> {
  const startAt = at(d.date, d.start)
  const endAt = at(d.date, d.end)
  const deadline = at(d.deadlineDate, d.deadlineTime)
  const { errors } = checkForm(postInput, {
    trade: d.trade ?? '',
    title: d.title.trim(),
    description: d.description.trim(),
    communityId: d.communityId ?? '',
    address: d.address.trim(),
    startAt,
    endAt,
    pay: { amount: d.amount.trim() === '' ? undefined : numberOf(d.amount), unit: d.unit },
    headcount: d.headcount.trim() === '' ? undefined : numberOf(d.headcount),
    deadline,
    requestId: 'check-only-request',
  })
  const out: Partial<Record<Field, string>> = { ...errors }
  if (!out.startAt && startAt <= now) out.startAt = '开工时间需晚于现在'
  if (!out.endAt && endAt <= startAt) out.endAt = '收工时间需晚于开工时间'
  if (!out.deadline && deadline <= now) out.deadline = '报名截止时间需晚于现在'
  if (!out.deadline && deadline > startAt) out.deadline = '报名截止时间不能晚于开工时间'
  return out
}

/** 发布招工: everything a post needs, the trade's guide price beside the pay, 低于指导价 warned. */
export function PostForm({
  streets,
  communityId,
  now,
  onDone,
}: {
  streets: StreetCommunities[]
  communityId?: string
  now: number
  onDone: (job: Job) => void
}) {
  const [d, setD] = useState<PostDraft>(() => defaultDraft(now, communityId))
  const [tried, setTried] = useState(false)
  const requestId = useRef(newRequestId())
  const { busy, error, setError, run } = useWrite()
  const set = (patch: Partial<PostDraft>) => {
    setD((was) => ({ ...was, ...patch }))
    setError(null)
  }
  const errors = tried ? checkPost(d, now) : {}
  const trade = GIG_TRADES.find((t) => t.id === d.trade)
  const amount = Number(d.amount)
  const below =
    trade && d.amount.trim() !== '' && amount > 0 && isBelowGuide({ amount, unit: d.unit }, trade.guidePrice)
  const submit = async () => {
    setTried(true)
    if (Object.keys(checkPost(d, now)).length > 0) return
    const job = await run('post', () =>
      postJob({
        trade: d.trade!,
        title: d.title.trim(),
        description: d.description.trim(),
        communityId: d.communityId!,
        address: d.address.trim(),
        startAt: at(d.date, d.start),
        endAt: at(d.date, d.end),
        pay: { amount, unit: d.unit },
        headcount: Number(d.headcount),
        deadline: at(d.deadlineDate, d.deadlineTime),
        requestId: requestId.current,
      }),
    )
    if (job) onDone(job)
  }
  const err = (f: Field) =>
    errors[f] ? (
      <Text className="field__error fs-sm" data-error={f}>
        {errors[f]}
      </Text>
    ) : null
  const today = chinaTime(now).format('YYYY-MM-DD')
  return (
    <View className="card gg-section" data-testid="post-form">
      <View className="field">
        <Text className="field__label fs-md">工种</Text>
        <View className="gg-chips" data-testid="post-trades">
          {GIG_TRADES.map((t) => (
            <Chip key={t.id} on={d.trade === t.id} onClick={() => set({ trade: t.id })}>
              {t.name}
            </Chip>
          ))}
        </View>
        {err('trade')}
      </View>
      <View className="field">
        <Text className="field__label fs-md">标题</Text>
        <Input
          className="field__input"
          name="title"
          placeholder={`${R.titleMin}–${R.titleMax} 个字，如：更换厨房水龙头`}
          maxlength={R.titleMax}
          value={d.title}
          onInput={(e) => set({ title: e.detail.value })}
        />
        {err('title')}
      </View>
      <View className="field">
        <Text className="field__label fs-md">工作内容</Text>
        <Textarea
          className="field__input gg-area fs-md"
          name="description"
          placeholder="做什么、要带什么工具、有什么要求"
          maxlength={R.descriptionMax}
          value={d.description}
          onInput={(e) => set({ description: e.detail.value })}
        />
        {err('description')}
      </View>
      <View className="field">
        <Text className="field__label fs-md">地点</Text>
        <View className="gg-chips">
          <CommunityPicker
            streets={streets}
            value={d.communityId}
            onChange={(id) => set({ communityId: id })}
          />
        </View>
        {err('communityId')}
        <Input
          className="field__input gg-gap"
          name="address"
          placeholder="详细地址，如：新华苑 3 号楼 2 单元"
          maxlength={R.addressMax}
          value={d.address}
          onInput={(e) => set({ address: e.detail.value })}
        />
        {err('address')}
      </View>
      <View className="field">
        <Text className="field__label fs-md">工作时间</Text>
        <View className="gg-chips">
          <Picker mode="date" value={d.date} start={today} onChange={(e) => set({ date: e.detail.value })}>
            <Text className="chip fs-md gg-chip" data-testid="post-date">
              {d.date}
            </Text>
          </Picker>
          <Picker mode="time" value={d.start} onChange={(e) => set({ start: e.detail.value })}>
            <Text className="chip fs-md gg-chip" data-testid="post-start">
              {d.start}
            </Text>
          </Picker>
          <Text className="fs-md gg-to">至</Text>
          <Picker mode="time" value={d.end} onChange={(e) => set({ end: e.detail.value })}>
            <Text className="chip fs-md gg-chip" data-testid="post-end">
              {d.end}
            </Text>
          </Picker>
        </View>
        {err('startAt')}
        {err('endAt')}
      </View>
      <View className="field" data-testid="pay-field">
        <Text className="field__label fs-md">报酬（用工方直接支付）</Text>
        <View className="gg-pay-input">
          <Input
            className="field__input gg-amount"
            name="amount"
            type="digit"
            placeholder="金额"
            value={d.amount}
            onInput={(e) => set({ amount: e.detail.value })}
          />
          <Text className="fs-md">元 /</Text>
          {PAY_UNITS.map((u) => (
            <Chip key={u.id} on={d.unit === u.id} onClick={() => set({ unit: u.id })}>
              {u.name}
            </Chip>
          ))}
        </View>
        {trade ? (
          <Text className="muted fs-sm" data-testid="guide-price">
            {trade.name}指导价：{payText(trade.guidePrice)}
          </Text>
        ) : (
          <Text className="muted fs-sm">选择工种后显示指导价</Text>
        )}
        {below ? (
          <Text className="gg-warn fs-sm" data-testid="below-guide">
            低于指导价：报酬低于本区{trade!.name}工资指导价位，请再考虑一下
          </Text>
        ) : null}
        {err('pay')}
        {err('amount')}
      </View>
      <View className="field">
        <Text className="field__label fs-md">招募人数</Text>
        <Input
          className="field__input"
          name="headcount"
          type="number"
          value={d.headcount}
          onInput={(e) => set({ headcount: e.detail.value })}
        />
        {err('headcount')}
      </View>
      <View className="field">
        <Text className="field__label fs-md">报名截止</Text>
        <View className="gg-chips">
          <Picker
            mode="date"
            value={d.deadlineDate}
            start={today}
            onChange={(e) => set({ deadlineDate: e.detail.value })}
          >
            <Text className="chip fs-md gg-chip">{d.deadlineDate}</Text>
          </Picker>
          <Picker mode="time" value={d.deadlineTime} onChange={(e) => set({ deadlineTime: e.detail.value })}>
            <Text className="chip fs-md gg-chip">{d.deadlineTime}</Text>
          </Picker>
        </View>
        {err('deadline')}
      </View>
      <Text className="muted fs-sm">提交后由社区工作人员审核，通过后居民才能看到。平台不收任何费用。</Text>
      {error ? <Text className="field__error fs-sm">{error}</Text> : null}
      <Button className="btn btn--primary" loading={busy !== null} disabled={busy !== null} onClick={submit}>
        提交审核
      </Button>
    </View>
  )
}
