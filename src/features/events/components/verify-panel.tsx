import { useEffect, useState } from 'react'
import { Input, Text, View } from '@tarojs/components'
import { Button } from '@/components/button'
import type { VerifiedBooking } from '@/contract/events'
import { errorMessage } from '@/lib/cloud'
import { extractCode } from '@/lib/qr-link'
import { canScan, scanQr } from '@/lib/scan'
import { formatSpan } from '../format'
import { verifyCode } from '../api'
import './events.scss'

type Result = { ok: true; booking: VerifiedBooking } | { ok: false; message: string }

/** Staff at the entrance or the bus door: scan or type a booking code; green when admitted, red with the reason. */
export function VerifyPanel({ initial }: { initial?: string }) {
  const [code, setCode] = useState('')
  const [result, setResult] = useState<Result | null>(null)
  const [busy, setBusy] = useState(false)

  const check = async (raw: string) => {
    const parsed = extractCode(raw, 'booking')
    if (!parsed) {
      setResult({ ok: false, message: '这不是活动预约的二维码' })
      return
    }
    setCode(parsed)
    setBusy(true)
    try {
      setResult({ ok: true, booking: await verifyCode(parsed) })
    } catch (err) {
      setResult({ ok: false, message: errorMessage(err) })
    } finally {
      setBusy(false)
    }
  }

  useEffect(() => {
    if (initial) void check(initial)
  }, [initial])

  const scan = async () => {
    const scanned = await scanQr()
    if (scanned) await check(scanned)
  }

  return (
    <View>
      <View className="card">
        {canScan ? (
          <Button className="btn btn--primary verify__scan" onClick={() => void scan()}>
            扫描预约二维码
          </Button>
        ) : null}
        <View className="field">
          <Text className="field__label fs-md">{canScan ? '或输入 8 位预约码' : '输入 8 位预约码'}</Text>
          <Input
            className="field__input"
            name="code"
            type="number"
            maxlength={8}
            value={code}
            placeholder="居民出示的预约码"
            onInput={(e) => {
              setCode(e.detail.value)
              setResult(null)
            }}
          />
        </View>
        <Button
          className="btn btn--ghost"
          loading={busy || undefined}
          disabled={busy || code.trim().length === 0 || undefined}
          onClick={() => void check(code)}
        >
          核验
        </Button>
      </View>
      {result?.ok ? (
        <View className="card verify-result verify-result--ok" data-testid="verify-ok">
          <Text className="verify-result__title fs-xl">✓ 核验通过</Text>
          <View className="verify-result__row fs-md">
            <Text>预约人</Text>
            <Text className="verify-result__value" data-testid="booker">
              {result.booking.bookerMasked}
            </Text>
          </View>
          {result.booking.examTicket ? (
            <View className="verify-result__row fs-md">
              <Text>准考证号</Text>
              <Text className="verify-result__value" data-testid="exam-ticket">
                {result.booking.examTicket}
              </Text>
            </View>
          ) : null}
          {result.booking.examTicket ? <Text className="fs-sm">请核对考生出示的准考证</Text> : null}
          <Text className="fs-md">{result.booking.eventTitle}</Text>
          <Text className="fs-md">
            {result.booking.title} · {result.booking.seats} 人
          </Text>
          <Text className="fs-sm">{formatSpan(result.booking.startAt)}</Text>
        </View>
      ) : null}
      {result && !result.ok ? (
        <View className="card verify-result verify-result--fail" data-testid="verify-fail">
          <Text className="verify-result__title fs-xl">✕ 不能通过</Text>
          <Text className="fs-md">{result.message}</Text>
        </View>
      ) : null}
    </View>
  )
}
