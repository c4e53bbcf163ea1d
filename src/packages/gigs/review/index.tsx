import '@/lib/cloud-gigs'
import { Text, View } from '@tarojs/components'
import { ErrorState, Loading } from '@/components/state-view'
import { fetchQueue } from '@/features/gigs/api'
import { ReviewQueue } from '@/features/gigs/components/review-queue'
import { useLoad } from '@/lib/use-load'
import { PageShell } from '@/features/session/components/page-shell'
import { useGigsViewer } from '../use-viewer'

export default function ReviewPage() {
  const viewer = useGigsViewer()
  const queue = useLoad(fetchQueue, 'queue', viewer.ready && Boolean(viewer.staff))
  if (viewer.ready && !viewer.staff) {
    return (
      <PageShell>
        <View className="card gg-section">
          <Text className="fs-md">只有社区工作人员可以审核招工。</Text>
        </View>
      </PageShell>
    )
  }
  return (
    <PageShell>
      {viewer.staff ? (
        <View className="card gg-section">
          <Text className="fs-lg gg-strong">{viewer.staff.community} · 零工审核</Text>
          <Text className="muted fs-sm">招工通过后居民才能看到；不能审核自己发布的招工或自己的申请。</Text>
        </View>
      ) : null}
      {queue.error ? <ErrorState message={queue.error} onRetry={queue.reload} /> : null}
      {!queue.error && !queue.data ? <Loading /> : null}
      {queue.data ? <ReviewQueue queue={queue.data} onChanged={queue.reload} /> : null}
    </PageShell>
  )
}
