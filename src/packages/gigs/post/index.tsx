import '@/lib/cloud-gigs'
import { useEffect, useState } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button } from '@/components/button'
import { ErrorState, Loading } from '@/components/state-view'
import type { Job } from '@/contract/gigs'
import { fetchCommunities, fetchMyEmployer } from '@/features/gigs/api'
import { JobStatusTag } from '@/features/gigs/components/parts'
import { PostForm } from '@/features/gigs/components/post-form'
import { useLoad } from '@/lib/use-load'
import { PageShell } from '@/features/session/components/page-shell'
import { demoNow } from '@/lib/demo'
import { openPage, replacePage } from '@/lib/navigation'
import { useGigsViewer } from '../use-viewer'

export default function PostPage() {
  const viewer = useGigsViewer()
  const emp = useLoad(fetchMyEmployer, 'employer', viewer.ready)
  const streets = useLoad(fetchCommunities, 'communities')
  const [posted, setPosted] = useState<Job | null>(null)
  const [now] = useState(() => demoNow())
  // the result replaces a long form: show it from its top
  useEffect(() => {
    if (!posted) return
    try {
      void Promise.resolve(Taro.pageScrollTo({ scrollTop: 0, duration: 0 })).catch(() => undefined)
    } catch {
      // no page to scroll (tests)
    }
  }, [posted])
  if (posted) {
    return (
      <PageShell>
        <View className="card gg-section" data-testid="post-result">
          <View className="gg-row">
            <Text className="fs-lg gg-strong">已提交，等待社区审核</Text>
            <JobStatusTag status={posted.status} />
          </View>
          <Text className="fs-md">{posted.title}</Text>
          <Text className="muted fs-sm">社区工作人员审核通过后，居民就能在零工驿站看到并报名。</Text>
          <Button className="btn btn--primary" onClick={() => replacePage('/packages/gigs/employer/index')}>
            查看我发布的招工
          </Button>
          <Button
            className="btn btn--ghost"
            onClick={() => openPage(`/packages/gigs/job/index?id=${posted.id}`)}
          >
            查看这条招工
          </Button>
        </View>
      </PageShell>
    )
  }
  const error = emp.error ?? streets.error
  return (
    <PageShell>
      {error ? <ErrorState message={error} onRetry={emp.error ? emp.reload : streets.reload} /> : null}
      {!error && (!emp.loaded || !streets.data) ? <Loading /> : null}
      {emp.loaded && emp.data?.status !== 'approved' ? (
        <View className="card gg-section">
          <Text className="fs-md">社区审核通过的用工方才能发布招工。</Text>
          <Button className="btn btn--ghost" onClick={() => replacePage('/packages/gigs/employer/index')}>
            申请成为用工方
          </Button>
        </View>
      ) : null}
      {emp.data?.status === 'approved' && streets.data ? (
        <PostForm streets={streets.data} communityId={emp.data.communityId} now={now} onDone={setPosted} />
      ) : null}
    </PageShell>
  )
}
