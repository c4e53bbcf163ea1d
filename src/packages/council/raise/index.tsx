import '@/lib/cloud-council'
import { Text, View } from '@tarojs/components'
import { Button } from '@/components/button'
import { ErrorState, Loading } from '@/components/state-view'
import { RaiseForm } from '@/features/council/components/raise-form'
import { PageShell } from '@/features/session/components/page-shell'
import { useSession } from '@/features/session/store'
import { openTab, replacePage } from '@/lib/navigation'

export default function RaisePage() {
  const status = useSession((s) => s.status)
  const profile = useSession((s) => s.view?.profile)
  const error = useSession((s) => s.error)
  const load = useSession((s) => s.load)
  return (
    <PageShell>
      {status === 'loading' || status === 'idle' ? <Loading /> : null}
      {status === 'error' ? <ErrorState message={error ?? ''} onRetry={load} /> : null}
      {status === 'ready' && !profile?.communityId ? (
        <View className="card question__section">
          <Text className="fs-md">
            {profile
              ? '点单前请先设置你所在的社区，问题会提给这个社区。'
              : '居民点单需要实名信息（姓名和手机号）和所在社区；邻居只会看到你的姓氏，看不到电话。'}
          </Text>
          <Button className="btn btn--primary" onClick={() => openTab('/pages/mine/index')}>
            去「我的」完善信息
          </Button>
        </View>
      ) : null}
      {status === 'ready' && profile?.communityId ? (
        <RaiseForm
          communityId={profile.communityId}
          onDone={(q) => replacePage(`/packages/council/question/index?id=${q.id}`)}
        />
      ) : null}
    </PageShell>
  )
}
