import '@/lib/cloud-gigs'
import { Text, View } from '@tarojs/components'
import { Button } from '@/components/button'
import { ErrorState, Loading } from '@/components/state-view'
import { fetchMyCard } from '@/features/gigs/api'
import { CardForm } from '@/features/gigs/components/card-form'
import { useLoad } from '@/lib/use-load'
import { PageShell } from '@/features/session/components/page-shell'
import { goBackIfOpened, openTab } from '@/lib/navigation'
import { useGigsViewer } from '../use-viewer'

export default function CardPage() {
  const viewer = useGigsViewer()
  const card = useLoad(fetchMyCard, 'card', viewer.ready)
  if (viewer.ready && !viewer.profile) {
    return (
      <PageShell>
        <View className="card gg-section">
          <Text className="fs-md">求职卡需要实名信息（姓名和手机号）。</Text>
          <Button className="btn btn--ghost" onClick={() => openTab('/pages/mine/index')}>
            去「我的」完善信息
          </Button>
        </View>
      </PageShell>
    )
  }
  return (
    <PageShell>
      {card.error ? <ErrorState message={card.error} onRetry={card.reload} /> : null}
      {!card.error && !card.loaded ? <Loading /> : null}
      {card.loaded ? (
        <CardForm
          card={card.data}
          onSaved={(c) => {
            card.setData(c)
            goBackIfOpened()
          }}
        />
      ) : null}
    </PageShell>
  )
}
