import '@/lib/cloud-property'
import { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button } from '@/components/button'
import { ErrorState, Loading } from '@/components/state-view'
import { fetchEstates, fetchMyScore } from '@/features/property/api'
import { ScoreForm } from '@/features/property/components/score-form'
import { useLoad } from '@/lib/use-load'
import { PageShell } from '@/features/session/components/page-shell'
import { openTab } from '@/lib/navigation'
import { usePropertyViewer } from '../use-viewer'

export default function ScorePage() {
  const companyId = useRouter().params.companyId ?? ''
  const viewer = usePropertyViewer()
  const estates = useLoad(fetchEstates, 'estates')
  const mine = useLoad(() => fetchMyScore(companyId), companyId, viewer.ready && Boolean(companyId))
  const served = estates.data?.filter((e) => e.companyId === companyId) ?? []
  const company = served[0]?.company
  const myEstate = estates.data?.find((e) => e.id === viewer.estateId)
  const hint = !viewer.profile
    ? '评分需要实名信息（姓名和手机号）和所在小区。'
    : !myEstate
      ? '请先在物业红黑榜的「我的小区」选择你住的小区。'
      : myEstate.companyId !== companyId
        ? `你所在的${myEstate.name}不由这家物业服务，只能为自己小区的物业评分。`
        : viewer.property?.companyId === companyId
          ? '物业企业的账号不能给本企业评分。'
          : null
  return (
    <PageShell>
      <View className="card pm-section">
        <Text className="fs-lg pm-strong" data-testid="score-company">
          {company ?? '物业评分'}
        </Text>
        {served.length > 0 ? (
          <Text className="muted fs-sm">服务小区：{served.map((e) => e.name).join('、')}</Text>
        ) : null}
        {hint ? (
          <Text className="fs-md" data-testid="score-hint">
            {hint}
          </Text>
        ) : null}
        {viewer.ready && !viewer.profile ? (
          <Button className="btn btn--ghost" onClick={() => openTab('/pages/mine/index')}>
            去「我的」完善信息
          </Button>
        ) : null}
      </View>
      {mine.error ? <ErrorState message={mine.error} onRetry={mine.reload} /> : null}
      {!mine.error && !mine.loaded ? <Loading /> : null}
      {mine.loaded ? (
        <ScoreForm
          key={mine.data ? 'scored' : 'new'}
          companyId={companyId}
          mine={mine.data}
          onDone={mine.setData}
        />
      ) : null}
    </PageShell>
  )
}
