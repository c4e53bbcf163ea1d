import { useState } from 'react'
import { Input, Text, View } from '@tarojs/components'
import { Button } from '@/components/button'
import type { VerifiedCertificate } from '@/contract/volunteer'
import { CloudCallError } from '@/lib/cloud'
import { verifyCertificate } from '../api'
import { longDate } from '../certificate-image'
import { hours } from '../format'
import './certificate.scss'

/** Staff: type a certificate's code, see what it certifies (the holder masked). */
export function CertificateCheck() {
  const [code, setCode] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [found, setFound] = useState<VerifiedCertificate | null>(null)
  const check = async () => {
    setBusy(true)
    setError(null)
    setFound(null)
    try {
      setFound(await verifyCertificate(code))
    } catch (err) {
      setError(err instanceof CloudCallError ? err.message : '核验失败，请重试')
    } finally {
      setBusy(false)
    }
  }
  return (
    <View>
      <View className="card cert-verify">
        <Text className="fs-lg">核验志愿服务证明</Text>
        <Text className="muted fs-sm">输入证明图片下方的 12 位证明编号，核对它证明的服务时长。</Text>
        <View className="field">
          <Text className="field__label fs-md">证明编号</Text>
          <Input
            className="field__input"
            name="certificateCode"
            value={code}
            maxlength={20}
            placeholder="例如 7K3M-9QXA-H2PD"
            onInput={(e) => {
              setCode(e.detail.value)
              setError(null)
            }}
          />
          {error ? <Text className="field__error fs-sm">{error}</Text> : null}
        </View>
        <Button
          className="btn btn--primary"
          loading={busy}
          disabled={busy || code.trim() === ''}
          onClick={() => void check()}
        >
          核验
        </Button>
      </View>
      {found ? (
        <View className="card cert-verify" data-testid="certificate-verified">
          <Text className="fs-lg">✓ 证明真实有效</Text>
          <Text className="fs-md">持有人：{found.holderMasked}</Text>
          <Text className="fs-md">
            服务时长 {hours(found.minutes)} · {found.points} 积分 · {found.activities} 次服务
          </Text>
          <Text className="fs-md">开具：任城区{found.street}</Text>
          <Text className="muted fs-sm">
            开具日期 {longDate(found.issuedAt)} · 编号 {found.code}
          </Text>
        </View>
      ) : null}
    </View>
  )
}
