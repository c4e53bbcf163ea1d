import '@/lib/cloud-volunteer'
import { useRouter, useShareAppMessage } from '@tarojs/taro'
import { ErrorState } from '@/components/state-view'
import { ActivityDetail } from '@/features/volunteer/components/activity-detail'
import { PageShell } from '@/features/session/components/page-shell'
import { demoNow } from '@/lib/demo'

export default function ActivityDetailPage() {
  const { id, join } = useRouter().params
  useShareAppMessage(() => ({
    title: '一起来做志愿服务吧',
    path: `/packages/volunteer/detail/index?id=${id ?? ''}`,
  }))
  return (
    <PageShell>
      {id ? (
        <ActivityDetail id={id} now={demoNow()} resume={join === '1'} />
      ) : (
        <ErrorState message="没有找到这个活动" />
      )}
    </PageShell>
  )
}
