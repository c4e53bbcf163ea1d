import { useRouter } from '@tarojs/taro'
import { Text } from '@tarojs/components'
import { EmptyState, ErrorState, Loading } from '@/components/state-view'
import { ClerkConsole } from '@/features/shop/components/clerk-console'
import { PageShell } from '@/features/session/components/page-shell'
import { useSession } from '@/features/session/store'
import '@/features/shop/components/shop.scss'

export default function ClerkPage() {
  const { q, c } = useRouter().params
  const status = useSession((s) => s.status)
  const error = useSession((s) => s.error)
  const load = useSession((s) => s.load)
  const clerk = useSession((s) => s.view?.clerk)
  return (
    <PageShell>
      {status === 'error' ? <ErrorState message={error ?? ''} onRetry={load} /> : null}
      {status === 'idle' || status === 'loading' ? <Loading /> : null}
      {status === 'ready' && !clerk ? (
        <EmptyState title="只有合作商户的店员可以核销" hint="请先在「我的」用店员邀请码绑定身份" />
      ) : null}
      {status === 'ready' && clerk ? (
        <>
          <Text className="section-title fs-lg">{clerk.shopName}</Text>
          <ClerkConsole initialCode={q ?? c ?? null} />
        </>
      ) : null}
    </PageShell>
  )
}
