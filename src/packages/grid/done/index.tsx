import '@/lib/cloud-grid'
import { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button } from '@/components/button'
import { ErrorState } from '@/components/state-view'
import { PageShell } from '@/features/session/components/page-shell'
import { goBack, replacePage } from '@/lib/navigation'
import './index.scss'

export default function GridDonePage() {
  const { no, hours } = useRouter().params
  return (
    <PageShell>
      {no ? (
        <View className="card grid-done">
          <Text className="grid-done__icon fs-xxl">✓</Text>
          <Text className="fs-xl grid-done__title">反映已提交</Text>
          <Text className="muted fs-md">工单号</Text>
          <Text className="fs-xl grid-done__no" data-testid="ticket-no">
            {no}
          </Text>
          {hours ? (
            <Text className="muted fs-sm">承诺 {hours} 小时内办结，进度会在「我的反映」里更新</Text>
          ) : null}
          <Button
            className="btn btn--primary grid-done__btn"
            onClick={() => replacePage(`/packages/grid/ticket/index?no=${no}`)}
          >
            查看办理进度
          </Button>
          <Button className="btn btn--ghost grid-done__btn" onClick={goBack}>
            返回
          </Button>
        </View>
      ) : (
        <ErrorState message="没有找到这张工单" />
      )}
    </PageShell>
  )
}
