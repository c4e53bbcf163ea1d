import '@/lib/cloud-property'
import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { EmptyState, ErrorState, Loading } from '@/components/state-view'
import type { PropertyRecord } from '@/contract/property'
import { fetchEstates } from '@/features/property/api'
import { RecordForm } from '@/features/property/components/record-form'
import { useLoad } from '@/lib/use-load'
import { PageShell } from '@/features/session/components/page-shell'
import { formatDateTime } from '@/lib/time'
import { usePropertyViewer } from '../use-viewer'

export default function StaffRecordPage() {
  const viewer = usePropertyViewer()
  const estates = useLoad(fetchEstates, 'estates')
  const [done, setDone] = useState<PropertyRecord[]>([])
  const communityId = viewer.staff?.communityId
  const companies = new Map<string, string>()
  for (const e of estates.data ?? []) if (e.communityId === communityId) companies.set(e.companyId, e.company)
  const list = [...companies.entries()].map(([id, name]) => ({ id, name }))
  return (
    <PageShell>
      {!viewer.ready || (!estates.data && !estates.error) ? <Loading /> : null}
      {estates.error ? <ErrorState message={estates.error} onRetry={estates.reload} /> : null}
      {viewer.ready && !viewer.staff ? <EmptyState title="只有社区工作人员可以记录物业的加分或扣分" /> : null}
      {viewer.ready && viewer.staff && estates.data && list.length === 0 ? (
        <EmptyState title={`${viewer.staff.community}没有登记的物业服务小区`} />
      ) : null}
      {viewer.ready && viewer.staff && list.length > 0 ? (
        <RecordForm companies={list} onDone={(r) => setDone((was) => [r, ...was])} />
      ) : null}
      {done.length > 0 ? (
        <View className="card pm-section" data-testid="recorded">
          <Text className="fs-md pm-strong">刚才记录的</Text>
          {done.map((r) => (
            <View key={r.id} className="pm-item">
              <Text className="fs-md">
                {companies.get(r.companyId)} {r.kind === 'good' ? '+' : '−'}
                {r.points}：{r.reason}
              </Text>
              <Text className="muted fs-sm">
                计入 {r.month} · {formatDateTime(r.at)}
              </Text>
            </View>
          ))}
        </View>
      ) : null}
    </PageShell>
  )
}
