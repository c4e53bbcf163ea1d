import { useCallback, useEffect, useState } from 'react'
import { Canvas, Text, View } from '@tarojs/components'
import { Button } from '@/components/button'
import { EmptyState, ErrorState, Loading } from '@/components/state-view'
import type { Certificate } from '@/contract/volunteer'
import { CloudCallError, errorMessage } from '@/lib/cloud'
import { showToast } from '@/lib/toast'
import { fetchCertificate } from '../api'
import { savesToAlbum } from '@/lib/image'
import { longDate, saveCertificateImage } from '../certificate-image'
import { hours } from '../format'
import './certificate.scss'

const CANVAS_ID = 'certificate-canvas'

/** 志愿服务证明: issued by the cloud, shown as a card, saved as an image. */
export function CertificateView() {
  const [cert, setCert] = useState<Certificate | null>(null)
  const [error, setError] = useState<{ message: string; none: boolean } | null>(null)
  const [saving, setSaving] = useState(false)
  const load = useCallback(() => {
    setError(null)
    fetchCertificate().then(setCert, (err) =>
      setError({
        message: errorMessage(err),
        none: err instanceof CloudCallError && (err.code === 'NOT_FOUND' || err.code === 'PROFILE_REQUIRED'),
      }),
    )
  }, [])
  useEffect(load, [load])

  if (error?.none) return <EmptyState title="还不能开具证明" hint={error.message} />
  if (error) return <ErrorState message={error.message} onRetry={load} />
  if (!cert) return <Loading />
  const save = async () => {
    setSaving(true)
    const saved = await saveCertificateImage(cert, CANVAS_ID)
    setSaving(false)
    showToast(saved ? '证明已保存为图片' : '没能保存图片，请截屏保存', saved ? 'success' : 'none')
  }
  return (
    <View className="certificate">
      <View className="card certificate__paper" data-testid="certificate">
        <Text className="certificate__title fs-xxl">志愿服务证明</Text>
        <Text className="fs-lg">兹证明 {cert.name} 同志</Text>
        <Text className="fs-md">累计参加志愿服务 {cert.activities.length} 次</Text>
        <Text className="certificate__total fs-xl">
          服务时长 {hours(cert.minutes)} · {cert.points} 积分
        </Text>
        <View className="certificate__list">
          {cert.activities.map((a) => (
            <Text key={`${a.startAt}-${a.title}`} className="muted fs-sm">
              {longDate(a.startAt)} {a.title} {hours(a.minutes)}
            </Text>
          ))}
        </View>
        <Text className="fs-md">任城区{cert.street}</Text>
        <Text className="muted fs-sm">开具日期 {longDate(cert.issuedAt)}</Text>
        <Text className="certificate__code fs-md" data-testid="certificate-code">
          证明编号 {cert.code}
        </Text>
        <Text className="muted fs-sm">社区工作人员可在「活动管理 → 核验志愿服务证明」输入编号核对</Text>
      </View>
      <View className="activity-detail__actions certificate__actions">
        <Button className="btn btn--primary" loading={saving} disabled={saving} onClick={() => void save()}>
          {savesToAlbum ? '保存到相册' : '下载证明图片'}
        </Button>
      </View>
      {savesToAlbum ? <Canvas type="2d" id={CANVAS_ID} className="certificate__canvas" /> : null}
    </View>
  )
}
