import '@/lib/cloud-council'
import { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button } from '@/components/button'
import { Loading } from '@/components/state-view'
import { QuestionList } from '@/features/council/components/question-list'
import { useCouncilViewer } from './use-viewer'
import { PageShell } from '@/features/session/components/page-shell'
import { openPage, openTab } from '@/lib/navigation'

export default function CouncilPage() {
  const { view: mode, communityId: asked } = useRouter().params
  const viewer = useCouncilViewer()
  const { staff, adviser } = viewer
  const communityId =
    asked ??
    (mode === 'staff' ? staff?.communityId : mode === 'adviser' ? adviser?.communityId : undefined) ??
    viewer.homeCommunityId ??
    staff?.communityId ??
    adviser?.communityId
  const staffView = Boolean(staff && staff.communityId === communityId)
  return (
    <PageShell>
      <View className="card council-top">
        {/* each phrase whole on a line: large type wraps between them, never inside */}
        <View className="council-top__motto fs-lg question__strong">
          <Text className="council-top__phrase">居民点单 · </Text>
          <Text className="council-top__phrase">党派献策 · </Text>
          <Text className="council-top__phrase">社区落实</Text>
        </View>
        <Text className="muted fs-sm">
          身边的事提出来，邻居附议达到人数后社区公开答复；议事员献策，落实进度人人可见。
        </Text>
        <View className="council-top__actions">
          <Button className="btn btn--primary" onClick={() => openPage('/packages/council/raise/index')}>
            我要点单
          </Button>
          <Button
            className="btn btn--ghost"
            onClick={() =>
              openPage(`/packages/council/board/index${communityId ? `?communityId=${communityId}` : ''}`)
            }
          >
            议事看板
          </Button>
        </View>
      </View>
      {!viewer.ready ? <Loading /> : null}
      {viewer.ready && !communityId ? (
        <View className="card question__section" data-testid="no-community">
          <Text className="fs-md">设置所在社区后，就能看到本社区的议题并参与附议。</Text>
          <Button className="btn btn--primary" onClick={() => openTab('/pages/mine/index')}>
            去「我的」设置所在社区
          </Button>
        </View>
      ) : null}
      {viewer.ready && communityId ? (
        <QuestionList key={`${communityId}-${staffView}`} communityId={communityId} staff={staffView} />
      ) : null}
    </PageShell>
  )
}
