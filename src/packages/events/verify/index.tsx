import '@/lib/cloud-events'
import { useRouter } from '@tarojs/taro'
import { EmptyState, Loading } from '@/components/state-view'
import { VerifyPanel } from '@/features/events/components/verify-panel'
import { PageShell } from '@/features/session/components/page-shell'
import { useSession } from '@/features/session/store'

/** Staff only. Opened from the events list, or by scanning a booking QR (its link arrives in `q`). */
export default function VerifyPage() {
  const { q, c } = useRouter().params
  const view = useSession((s) => s.view)
  const initial = q ? decodeURIComponent(q) : c
  return (
    <PageShell>
      {!view ? (
        <Loading />
      ) : view.roles.includes('staff') ? (
        <VerifyPanel initial={initial} />
      ) : (
        <EmptyState title="仅限社区工作人员使用" hint="请先在「我的」绑定工作人员邀请码" />
      )}
    </PageShell>
  )
}
