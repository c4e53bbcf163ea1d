import { useCallback, useEffect, useState } from 'react'
import { Input, Text, View } from '@tarojs/components'
import { Button } from '@/components/button'
import { orderCodeInput } from '@/contract/schemas/shop'
import type { ClerkSummary, LookedUpOrder, Order } from '@/contract/shop'
import { ErrorState, Loading } from '@/components/state-view'
import { checkForm } from '@/lib/check-form'
import { errorMessage } from '@/lib/cloud'
import { extractCode } from '@/lib/qr-link'
import { canScan, scanQr } from '@/lib/scan'
import { chinaTime, formatDateTime } from '@/lib/time'
import { confirmCode, fetchSummary, lookupCode } from '../api'

type Result = { ok: true; order: Order } | { ok: false; message: string }

function TodaySummary({ summary, onRetry }: { summary: ClerkSummary | null | Error; onRetry: () => void }) {
  if (summary instanceof Error) return <ErrorState message={summary.message} onRetry={onRetry} />
  if (!summary) return <Loading />
  return (
    <View className="card clerk-summary">
      <Text className="fs-md">
        今日已核销 <Text className="shop-price fs-lg">{summary.count}</Text> 笔，共{' '}
        <Text className="shop-price fs-lg">{summary.points}</Text> 积分
      </Text>
      {summary.items.map((o) => (
        <View key={o.id} className="order-row">
          <Text className="fs-sm">
            {o.confirmedAt ? chinaTime(o.confirmedAt).format('HH:mm') : ''} {o.goods.name} ×{o.quantity}
          </Text>
          <Text className="fs-sm">{o.points} 积分</Text>
        </View>
      ))}
    </View>
  )
}

/** The clerk's counter: scan or type a code, check the order, confirm, see a clear result and today's total. */
export function ClerkConsole({ initialCode }: { initialCode?: string | null }) {
  const [code, setCode] = useState(initialCode ?? '')
  const [found, setFound] = useState<LookedUpOrder | null>(null)
  const [result, setResult] = useState<Result | null>(null)
  const [busy, setBusy] = useState(false)
  const [summary, setSummary] = useState<ClerkSummary | null | Error>(null)
  const loadSummary = useCallback(() => {
    fetchSummary().then(setSummary, (err) => setSummary(new Error(errorMessage(err))))
  }, [])
  useEffect(loadSummary, [loadSummary])

  const lookup = useCallback(async (typed: string) => {
    const { output, errors } = checkForm(orderCodeInput, { code: extractCode(typed, 'redeem') ?? '' })
    setResult(null)
    setFound(null)
    if (!output) {
      setResult({ ok: false, message: errors.code ?? errors.form ?? '' })
      return
    }
    const value = output.code
    setCode(value)
    setBusy(true)
    try {
      setFound(await lookupCode(value))
    } catch (err) {
      setResult({ ok: false, message: errorMessage(err) })
    } finally {
      setBusy(false)
    }
  }, [])
  useEffect(() => {
    if (initialCode) void lookup(initialCode)
  }, [initialCode, lookup])

  const confirm = async () => {
    if (!found) return
    setBusy(true)
    try {
      setResult({ ok: true, order: await confirmCode(found.code) })
      setCode('')
      loadSummary()
    } catch (err) {
      setResult({ ok: false, message: errorMessage(err) })
    } finally {
      setFound(null)
      setBusy(false)
    }
  }
  const scan = async () => {
    const scanned = await scanQr()
    if (scanned) void lookup(scanned)
  }

  return (
    <View>
      <View className="card clerk-entry">
        <Text className="fs-md">输入居民出示的 8 位兑换码</Text>
        <Input
          className="field__input clerk-entry__input"
          name="code"
          type="number"
          maxlength={8}
          value={code}
          placeholder="8 位数字"
          onInput={(e) => setCode(e.detail.value)}
        />
        <View className="clerk-entry__actions">
          <Button className="btn btn--primary" disabled={busy} onClick={() => void lookup(code)}>
            查询
          </Button>
          {canScan ? (
            <Button className="btn btn--ghost" onClick={() => void scan()}>
              扫码
            </Button>
          ) : null}
        </View>
      </View>
      {found ? (
        <View className="card clerk-order" data-testid="clerk-order">
          <Text className="fs-xl">
            {found.goods.name} ×{found.quantity}
          </Text>
          <Text className="fs-md">居民：{found.residentMasked}</Text>
          <Text className="fs-md">积分：{found.points}</Text>
          <Text className="muted fs-sm">有效期至 {formatDateTime(found.expiresAt)}</Text>
          <Button className="btn btn--primary clerk-order__go" disabled={busy} onClick={() => void confirm()}>
            确认核销
          </Button>
        </View>
      ) : null}
      {result ? (
        <View
          className={`card clerk-result clerk-result--${result.ok ? 'ok' : 'fail'}`}
          data-testid="clerk-result"
        >
          <Text className="clerk-result__icon">{result.ok ? '✓' : '✕'}</Text>
          <Text className="fs-xl">{result.ok ? '核销成功' : '未能核销'}</Text>
          <Text className="fs-md">
            {result.ok
              ? `${result.order.goods.name} ×${result.order.quantity}，${result.order.points} 积分`
              : result.message}
          </Text>
        </View>
      ) : null}
      <Text className="section-title fs-lg">今日核销</Text>
      <TodaySummary summary={summary} onRetry={loadSummary} />
    </View>
  )
}
