import { useCallback, useEffect, useState } from 'react'
import { Text, View } from '@tarojs/components'
import { QrCode } from '@/components/qr-code'
import { ErrorState, Loading } from '@/components/state-view'
import type { CheckKind, IssuedCode } from '@/contract/volunteer'
import { errorMessage } from '@/lib/cloud'
import { qrLink } from '@/lib/qr-link'
import { issueCode } from '../api'
import './staff.scss'

/** Full-screen check-in/out QR: fetches the next code at `refreshAt` (before the shown one expires), with a countdown. */
export function RotatingQr({ id, kind, now }: { id: string; kind: CheckKind; now: () => number }) {
  const [issued, setIssued] = useState<IssuedCode | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [left, setLeft] = useState(0)
  const load = useCallback(() => {
    issueCode(id, kind).then(
      (next) => {
        setError(null)
        setIssued(next)
      },
      (err) => setError(errorMessage(err)),
    )
  }, [id, kind])
  useEffect(load, [load])
  useEffect(() => {
    if (!issued) return undefined
    const tick = () => {
      const remaining = issued.refreshAt - now()
      setLeft(Math.max(0, Math.ceil(remaining / 1000)))
      if (remaining <= 0) load()
    }
    tick()
    const timer = setInterval(tick, 1000)
    return () => clearInterval(timer)
  }, [issued, load, now])

  if (error) return <ErrorState message={error} onRetry={load} />
  if (!issued) return <Loading />
  const label = kind === 'in' ? '签到码' : '签退码'
  return (
    <View className="rotating-qr">
      <Text className="rotating-qr__title fs-lg" data-testid="qr-activity">
        {issued.title}
      </Text>
      <Text className="fs-xl">{label}</Text>
      <Text className="muted fs-md">请志愿者用微信扫一扫，或在「签到 / 签退」页输入下方{label}</Text>
      <QrCode text={qrLink('checkin', issued.code)} size={520} />
      <Text className="rotating-qr__short fs-xxl" data-testid="short-code">
        {issued.shortCode}
      </Text>
      <Text className="muted fs-md" data-testid="countdown">
        {left} 秒后自动刷新
      </Text>
    </View>
  )
}
