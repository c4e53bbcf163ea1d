import { useEffect, useRef, useState } from 'react'
import { Input, Text, View } from '@tarojs/components'
import { Button } from '@/components/button'
import type { CheckResult } from '@/contract/volunteer'
import { CloudCallError } from '@/lib/cloud'
import { openPage, openTab } from '@/lib/navigation'
import { extractCode } from '@/lib/qr-link'
import { canScan, scanQr } from '@/lib/scan'
import { formatDateTime } from '@/lib/time'
import { checkIn } from '../api'
import { hours } from '../format'
import './pages.scss'
import './volunteer.scss'

/** Check-in and check-out: the camera in the mini-program, a typed short code anywhere, or the code the page was opened with. */
export function CheckIn({ launchCode }: { launchCode?: string }) {
  const [typed, setTyped] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [result, setResult] = useState<CheckResult | null>(null)
  const launched = useRef(false)

  const submit = async (raw: string) => {
    const code = extractCode(raw, 'checkin')
    if (!code) {
      setError('这不是签到二维码，请扫描活动现场的签到码')
      return
    }
    setBusy(true)
    setError(null)
    try {
      setResult(await checkIn(code))
    } catch (err) {
      setError(err instanceof CloudCallError ? err.message : '签到失败，请重试')
    } finally {
      setBusy(false)
    }
  }
  const scan = async () => {
    const text = await scanQr()
    if (text) await submit(text)
  }
  useEffect(() => {
    if (launchCode && !launched.current) {
      launched.current = true
      void submit(launchCode)
    }
  }, [launchCode])

  if (result) {
    return (
      <View className="card check-result" data-testid="check-result">
        <Text className="check-result__mark fs-xxl">✓</Text>
        <Text className="fs-xl">{result.kind === 'in' ? '签到成功' : '签退成功'}</Text>
        <Text className="fs-md">{result.title}</Text>
        <Text className="muted fs-sm">{formatDateTime(result.at)}</Text>
        {result.kind === 'out' ? (
          <Text className="fs-lg">
            本次服务 {hours(result.minutes ?? 0)}
            {result.pointsAwarded
              ? `，获得 ${result.pointsAwarded} 积分`
              : '，未满活动时长的 60%，本次不计积分'}
          </Text>
        ) : (
          <Text className="muted fs-sm">服务结束时记得再扫签退码</Text>
        )}
        <View className="activity-detail__actions">
          {result.pointsAwarded ? (
            <Button className="btn btn--primary" onClick={() => openTab('/pages/points/index')}>
              查看积分
            </Button>
          ) : null}
          <Button className="btn btn--ghost" onClick={() => openPage('/packages/volunteer/mine/index')}>
            我的志愿服务
          </Button>
          <Button className="btn btn--ghost" onClick={() => setResult(null)}>
            继续签到
          </Button>
        </View>
      </View>
    )
  }
  return (
    <View className="card check-in">
      <Text className="fs-lg">签到 / 签退</Text>
      <Text className="muted fs-sm">扫描组织者手机上的二维码；无法扫码时，输入二维码下方的 8 位签到码。</Text>
      {canScan ? (
        <Button className="btn btn--primary" loading={busy} disabled={busy} onClick={() => void scan()}>
          扫码签到
        </Button>
      ) : null}
      <View className="field">
        <Text className="field__label fs-md">签到码</Text>
        <Input
          className="field__input"
          name="checkinCode"
          value={typed}
          maxlength={12}
          placeholder="例如 7K3M9QXA"
          onInput={(e) => setTyped(e.detail.value)}
        />
        {error ? <Text className="field__error fs-sm">{error}</Text> : null}
      </View>
      <Button
        className={`btn ${canScan ? 'btn--ghost' : 'btn--primary'}`}
        loading={busy && !canScan}
        disabled={busy || typed.trim() === ''}
        onClick={() => void submit(typed)}
      >
        提交签到码
      </Button>
    </View>
  )
}
