import { useState } from 'react'
import { Input, Text, Textarea, View } from '@tarojs/components'
import { Button } from '@/components/button'
import {
  INCOME_CATEGORIES,
  PROPERTY_RULES as R,
  SPENDING_CATEGORIES,
  type AccountCategory,
  type AccountLine,
  type AccountQuestion,
  type Accounts,
  type IncomeCategory,
  type SpendingCategory,
} from '@/contract/property'
import { formatDateTime } from '@/lib/time'
import { showToast } from '@/lib/toast'
import { answerAccountQuestion, askQuestion, confirmAccounts, enterAccounts } from '../api'
import { monthName, toFen, yuan } from '../month'
import { useWrite } from '@/lib/use-load'
import './property.scss'

const NAMES: Record<AccountCategory, string> = Object.fromEntries(
  [...INCOME_CATEGORIES, ...SPENDING_CATEGORIES.map((c) => ({ ...c, name: `${c.name}支出` }))].map((c) => [
    c.id,
    c.name,
  ]),
) as Record<AccountCategory, string>

const total = (lines: AccountLine[]) => lines.reduce((s, l) => s + l.amount, 0)

export interface AccountsViewer {
  /** A resident of this 小区 (may ask about a line). */
  resident: boolean
  /** The 物业 of its company (enters the month, answers questions). */
  property: boolean
  /** Staff of its community (confirms what the 物业 entered). */
  staff: boolean
}

function AskBox({ a, category, onAsked }: { a: Accounts; category: AccountCategory; onAsked: () => void }) {
  const [text, setText] = useState('')
  const { busy, error, setError, run } = useWrite()
  const n = text.trim().length
  const submit = async () => {
    if (n < R.askMin || n > R.askMax) return setError(`问题需为 ${R.askMin}–${R.askMax} 个字`)
    if (await run('ask', () => askQuestion(a.estateId, a.month, category, text.trim()))) {
      showToast('问题已公开，等物业答复', 'success')
      onAsked()
    }
  }
  return (
    <View className="pm-ask" data-testid="ask-box">
      <Textarea
        className="field__input pm-area fs-md"
        name="ask"
        placeholder={`就「${NAMES[category]}」提问（4–200 字，公开显示，不显示提问人）`}
        maxlength={R.askMax}
        value={text}
        onInput={(e) => {
          setText(e.detail.value)
          setError(null)
        }}
      />
      {error ? <Text className="field__error fs-sm">{error}</Text> : null}
      <Button className="btn btn--primary btn--small" loading={busy !== null} onClick={submit}>
        公开提问
      </Button>
    </View>
  )
}

function AnswerBox({ q, onAnswered }: { q: AccountQuestion; onAnswered: () => void }) {
  const [text, setText] = useState('')
  const { busy, error, setError, run } = useWrite()
  const n = text.trim().length
  const submit = async () => {
    if (n < R.answerMin || n > R.answerMax) return setError(`答复需为 ${R.answerMin}–${R.answerMax} 个字`)
    if (await run('answer', () => answerAccountQuestion(q.id, text.trim()))) {
      showToast('答复已公开', 'success')
      onAnswered()
    }
  }
  return (
    <View className="pm-ask" data-testid="answer-box">
      <Textarea
        className="field__input pm-area fs-md"
        name={`answer-${q.id}`}
        placeholder="公开答复（2–300 字）"
        maxlength={R.answerMax}
        value={text}
        onInput={(e) => {
          setText(e.detail.value)
          setError(null)
        }}
      />
      {error ? <Text className="field__error fs-sm">{error}</Text> : null}
      <Button className="btn btn--primary btn--small" loading={busy !== null} onClick={submit}>
        公开答复
      </Button>
    </View>
  )
}

/** The 物业's 录入本月收支: one yuan amount per category (blank: none). */
function EnterForm({ a, onDone }: { a: Accounts; onDone: (a: Accounts) => void }) {
  const initial = Object.fromEntries(
    [...a.income, ...a.spending].map((l) => [l.category, (l.amount / 100).toFixed(2)]),
  ) as Partial<Record<AccountCategory, string>>
  const [values, setValues] = useState(initial)
  const [tried, setTried] = useState(false)
  const { busy, error, setError, run } = useWrite()
  const all = [...INCOME_CATEGORIES, ...SPENDING_CATEGORIES]
  const bad = all.filter((c) => (values[c.id] ?? '').trim() !== '' && toFen(values[c.id]!) === null)
  const none = all.every((c) => (values[c.id] ?? '').trim() === '')
  const invalid =
    bad.length > 0
      ? `${bad.map((c) => NAMES[c.id]).join('、')}的金额不对：请填写元，最多两位小数`
      : none
        ? '请至少填写一项金额'
        : null
  const shown = error ?? (tried ? invalid : null)
  const lines = <C extends AccountCategory>(cats: { id: C }[]): AccountLine<C>[] =>
    cats
      .filter((c) => (values[c.id] ?? '').trim() !== '')
      .map((c) => ({ category: c.id, amount: toFen(values[c.id]!)! }))
  const submit = async () => {
    setTried(true)
    if (invalid) return
    const next = await run('enter', () =>
      enterAccounts({
        estateId: a.estateId,
        month: a.month,
        income: lines<IncomeCategory>(INCOME_CATEGORIES),
        spending: lines<SpendingCategory>(SPENDING_CATEGORIES),
      }),
    )
    if (next) {
      setTried(false)
      showToast('已录入，等社区确认后公开', 'success')
      onDone(next)
    }
  }
  return (
    <View className="card pm-section" data-testid="enter-form">
      <Text className="fs-lg pm-strong">录入{monthName(a.month)}收支</Text>
      <Text className="muted fs-sm">
        单位：元。提交后由社区工作人员核对确认，确认后居民才能看到；确认前可以重新录入。
      </Text>
      {all.map((c) => (
        <View key={c.id} className="pm-table__row">
          <Text className="pm-table__name fs-md">{NAMES[c.id]}</Text>
          <Input
            className="field__input pm-money"
            name={`amount-${c.id}`}
            type="digit"
            placeholder="0.00"
            value={values[c.id] ?? ''}
            onInput={(e) => {
              setValues((was) => ({ ...was, [c.id]: e.detail.value }))
              setError(null)
            }}
          />
        </View>
      ))}
      {shown ? <Text className="field__error fs-sm">{shown}</Text> : null}
      <Button className="btn btn--primary" loading={busy !== null} disabled={busy !== null} onClick={submit}>
        提交收支
      </Button>
    </View>
  )
}

/** Bars per category of the month (width = share of the largest line). */
function AccountsChart({ a }: { a: Accounts }) {
  const lines = [...a.income, ...a.spending]
  const max = Math.max(1, ...lines.map((l) => l.amount))
  return (
    <View className="card pm-section" data-testid="accounts-chart">
      <Text className="fs-md pm-strong">各项金额（元）</Text>
      {lines.map((l) => (
        <View key={l.category} className="pm-hbar">
          <Text className="pm-hbar__name fs-sm">{NAMES[l.category]}</Text>
          <View className="pm-hbar__track">
            <View
              className={`pm-hbar__fill ${INCOME_CATEGORIES.some((c) => c.id === l.category) ? 'pm-hbar__fill--in' : ''}`}
              style={{ width: `${Math.max(1, Math.round((l.amount / max) * 100))}%` }}
            />
          </View>
          <Text className="pm-hbar__num fs-sm">{yuan(l.amount)}</Text>
        </View>
      ))}
    </View>
  )
}

/**
 * A 小区's property fund in one month: income and spending tables, the running balance, a chart,
 * the public Q&A (提问 on each line for its residents, 答复 for the 物业), the 物业's entry form and
 * the staff's 确认公开.
 */
export function AccountsView({
  accounts: a,
  viewer,
  onChange,
  reload,
}: {
  accounts: Accounts
  viewer: AccountsViewer
  onChange: (a: Accounts) => void
  reload: () => void
}) {
  const [asking, setAsking] = useState<AccountCategory | null>(null)
  const confirm = useWrite()
  const shown = a.confirmed || a.entered
  const net = total(a.income) - total(a.spending)
  /** Residents may ask about each line of a confirmed month (a 提问 column). */
  const asks = a.confirmed && viewer.resident
  const table = (title: string, lines: AccountLine[], testid: string) => (
    <View className="pm-table" data-testid={testid}>
      <View className="pm-table__row pm-table__row--head">
        <Text className="pm-table__name fs-sm">{title}</Text>
        <Text className="pm-table__num fs-sm">金额（元）</Text>
        {asks ? <View className="pm-link-gap" /> : null}
      </View>
      {lines.map((l) => (
        <View key={l.category}>
          <View className="pm-table__row" data-category={l.category}>
            <Text className="pm-table__name fs-md">{NAMES[l.category]}</Text>
            <Text className="pm-table__num fs-md">{yuan(l.amount)}</Text>
            {asks ? (
              <Text
                className="pm-link fs-sm"
                data-testid="ask"
                onClick={() => setAsking(asking === l.category ? null : l.category)}
              >
                提问
              </Text>
            ) : null}
          </View>
          {asking === l.category ? (
            <AskBox
              a={a}
              category={l.category}
              onAsked={() => {
                setAsking(null)
                reload()
              }}
            />
          ) : null}
        </View>
      ))}
      <View className="pm-table__row pm-table__row--total">
        <Text className="pm-table__name fs-md">合计</Text>
        <Text className="pm-table__num fs-md">{yuan(total(lines))}</Text>
        {asks ? <View className="pm-link-gap" /> : null}
      </View>
    </View>
  )
  return (
    <>
      <View className="card pm-section" data-testid="accounts">
        <View className="pm-card__head">
          <Text className="fs-lg pm-strong">
            {a.estate} · {monthName(a.month)}
          </Text>
          <Text
            className={`tag ${a.confirmed ? 'pm-badge--ok' : 'pm-badge--wait'}`}
            data-testid="accounts-status"
          >
            {a.confirmed ? '社区已确认公开' : a.entered ? '待社区确认 · 居民暂不可见' : '尚未公开'}
          </Text>
        </View>
        <Text className="muted fs-sm">物业：{a.company}</Text>
        {shown ? (
          <>
            {table('收入', a.income, 'income')}
            {table('支出', a.spending, 'spending')}
            <View className="pm-sum">
              <Text className="fs-md">本月结余 {yuan(net)} 元</Text>
              <Text className="fs-md pm-strong" data-testid="balance">
                累计结余 {yuan(a.balance)} 元
              </Text>
            </View>
          </>
        ) : (
          <>
            <Text className="fs-md" data-testid="not-published">
              这个月的收支还没有经社区确认公开。
            </Text>
            <Text className="muted fs-sm" data-testid="balance">
              此前已公开月份累计结余 {yuan(a.balance)} 元
            </Text>
          </>
        )}
        {viewer.staff && a.entered && !a.confirmed ? (
          a.enteredByMe ? (
            <Text className="muted fs-sm" data-testid="confirm-blocked">
              这个月的收支是你录入的，需由社区其他工作人员核对确认。
            </Text>
          ) : (
            <>
              <Button
                className="btn btn--primary"
                loading={confirm.busy !== null}
                disabled={confirm.busy !== null}
                onClick={async () => {
                  const next = await confirm.run('confirm', () => confirmAccounts(a.estateId, a.month))
                  if (next) {
                    showToast('已确认公开', 'success')
                    onChange(next)
                  }
                }}
              >
                确认公开
              </Button>
              {confirm.error ? <Text className="field__error fs-sm">{confirm.error}</Text> : null}
            </>
          )
        ) : null}
      </View>
      {shown && a.income.length + a.spending.length > 0 ? <AccountsChart a={a} /> : null}
      {a.confirmed ? (
        <View className="card pm-section" data-testid="questions">
          <Text className="fs-lg pm-strong">居民提问（{a.questions.length}）</Text>
          {a.questions.length === 0 ? (
            <Text className="muted fs-sm">
              {viewer.resident ? '对哪一项有疑问，点它右边的「提问」。' : '还没有人提问。'}
            </Text>
          ) : null}
          {a.questions.map((q) => (
            <View key={q.id} className="pm-item" data-testid="question">
              <Text className="fs-md">
                【{NAMES[q.category]}】{q.text}
              </Text>
              <Text className="muted fs-sm">{formatDateTime(q.at)}</Text>
              {q.answer ? (
                <View className="pm-reply">
                  <Text className="fs-md">物业答复：{q.answer.text}</Text>
                  <Text className="muted fs-sm">{formatDateTime(q.answer.at)}</Text>
                </View>
              ) : viewer.property ? (
                <AnswerBox q={q} onAnswered={reload} />
              ) : (
                <Text className="muted fs-sm">等待物业答复</Text>
              )}
            </View>
          ))}
        </View>
      ) : null}
      {viewer.property && !a.confirmed ? <EnterForm key={a.month} a={a} onDone={onChange} /> : null}
    </>
  )
}
