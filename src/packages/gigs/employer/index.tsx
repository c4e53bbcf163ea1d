import '@/lib/cloud-gigs'
import { Text, View } from '@tarojs/components'
import { Button } from '@/components/button'
import { ErrorState, Loading } from '@/components/state-view'
import { fetchCommunities, fetchMyEmployer } from '@/features/gigs/api'
import { MyPosts } from '@/features/gigs/components/application-list'
import { EmployerForm } from '@/features/gigs/components/employer-form'
import { EMPLOYER_STATUS, kindName } from '@/features/gigs/format'
import { useLoad } from '@/lib/use-load'
import { PageShell } from '@/features/session/components/page-shell'
import { openPage, openTab } from '@/lib/navigation'
import { formatDateTime } from '@/lib/time'
import { useGigsViewer } from '../use-viewer'

export default function EmployerPage() {
  const viewer = useGigsViewer()
  const mine = useLoad(fetchMyEmployer, 'employer', viewer.ready)
  const streets = useLoad(fetchCommunities, 'communities')
  const emp = mine.data
  const approved = emp?.status === 'approved'
  return (
    <PageShell>
      {viewer.staff ? (
        <View className="card gg-link" onClick={() => openPage('/packages/gigs/review/index')}>
          <Text className="fs-md">社区审核 · 招工和用工方</Text>
          <Text className="muted fs-md">›</Text>
        </View>
      ) : null}
      {mine.error ? <ErrorState message={mine.error} onRetry={mine.reload} /> : null}
      {!mine.error && !mine.loaded ? <Loading /> : null}
      {emp ? (
        <View className="card gg-section" data-testid="my-employer">
          <View className="gg-row">
            <Text className="fs-lg gg-strong">{emp.name}</Text>
            <Text className={`tag gg-status gg-status--${emp.status}`} data-testid="employer-status">
              {EMPLOYER_STATUS[emp.status]}
            </Text>
          </View>
          <Text className="muted fs-sm">
            {kindName(emp.kind)} · {emp.community}
            {emp.contact ? ` · ${emp.contact}` : ''}
          </Text>
          {emp.status === 'pending' ? (
            <Text className="fs-sm">已于 {formatDateTime(emp.appliedAt)} 提交，等待社区审核。</Text>
          ) : null}
          {emp.status === 'rejected' ? (
            <Text className="field__error fs-sm">未通过：{emp.reason}。可以修改后重新申请。</Text>
          ) : null}
          {approved ? (
            <>
              <Text className="muted fs-sm">
                {emp.rating !== null
                  ? `师傅评分 ${emp.rating.toFixed(1)}（${emp.ratings} 次）`
                  : '暂无师傅评分'}
              </Text>
              <Button className="btn btn--primary" onClick={() => openPage('/packages/gigs/post/index')}>
                发布招工
              </Button>
            </>
          ) : null}
        </View>
      ) : null}
      {approved ? (
        <>
          <Text className="section-title fs-lg">我发布的招工</Text>
          <MyPosts />
        </>
      ) : null}
      {mine.loaded && viewer.ready && !viewer.profile ? (
        <View className="card gg-section">
          <Text className="fs-md">申请成为用工方需要实名信息（姓名和手机号）。</Text>
          <Button className="btn btn--ghost" onClick={() => openTab('/pages/mine/index')}>
            去「我的」完善信息
          </Button>
        </View>
      ) : null}
      {mine.loaded && viewer.profile && (!emp || emp.status === 'rejected') && streets.data ? (
        <EmployerForm streets={streets.data} communityId={viewer.communityId} onDone={mine.setData} />
      ) : null}
    </PageShell>
  )
}
