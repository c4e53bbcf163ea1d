import '@/lib/cloud-gigs'
import { Text, View } from '@tarojs/components'
import { Loading } from '@/components/state-view'
import { JobList } from '@/features/gigs/components/job-list'
import { PageShell } from '@/features/session/components/page-shell'
import { openPage } from '@/lib/navigation'
import { useGigsViewer } from './use-viewer'

export default function GigsIndexPage() {
  const viewer = useGigsViewer()
  return (
    <PageShell>
      <View className="card gg-section">
        <Text className="fs-lg gg-strong">零工驿站 · 附近的活儿</Text>
        <Text className="muted fs-sm">
          社区审核过的用工方发布，工钱由用工方直接支付，平台不收费。完成可得信用+积分。
        </Text>
      </View>
      <View className="gg-entries">
        <Text className="gg-entries__item fs-md" onClick={() => openPage('/packages/gigs/card/index')}>
          我的求职卡
        </Text>
        <Text className="gg-entries__item fs-md" onClick={() => openPage('/packages/gigs/mine/index')}>
          我的报名
        </Text>
        <Text className="gg-entries__item fs-md" onClick={() => openPage('/packages/gigs/employer/index')}>
          我要招工
        </Text>
      </View>
      {viewer.staff ? (
        <View className="card gg-link" onClick={() => openPage('/packages/gigs/review/index')}>
          <Text className="fs-md">社区审核 · 招工和用工方</Text>
          <Text className="muted fs-md">›</Text>
        </View>
      ) : null}
      {viewer.ready ? (
        <JobList key={viewer.communityId ?? 'none'} hasHome={Boolean(viewer.communityId)} />
      ) : (
        <Loading />
      )}
    </PageShell>
  )
}
