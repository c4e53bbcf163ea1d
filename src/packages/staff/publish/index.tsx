import '@/lib/cloud-staff'
import { useRouter } from '@tarojs/taro'
import { ErrorState, Loading } from '@/components/state-view'
import { PublishForm } from '@/features/volunteer/components/publish-form'
import { PageShell } from '@/features/session/components/page-shell'
import { useSession } from '@/features/session/store'
import { demoNow } from '@/lib/demo'

export default function PublishPage() {
  const id = useRouter().params.id
  const staff = useSession((s) => s.view?.staff)
  const status = useSession((s) => s.status)
  return (
    <PageShell>
      {staff ? <PublishForm id={id} now={demoNow()} community={`${staff.street}${staff.community}`} /> : null}
      {status === 'ready' && !staff ? <ErrorState message="只有社区工作人员可以发布活动" /> : null}
      {status !== 'ready' && !staff ? <Loading /> : null}
    </PageShell>
  )
}
