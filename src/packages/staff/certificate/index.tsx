import '@/lib/cloud-staff'
import { ErrorState } from '@/components/state-view'
import { CertificateCheck } from '@/features/volunteer/components/certificate-check'
import { PageShell } from '@/features/session/components/page-shell'
import { useSession } from '@/features/session/store'

export default function CertificateCheckPage() {
  const staff = useSession((s) => s.view?.staff)
  const status = useSession((s) => s.status)
  return (
    <PageShell>
      {staff ? <CertificateCheck /> : null}
      {status === 'ready' && !staff ? (
        <ErrorState message="请先在「我的」用邀请码绑定社区工作人员身份" />
      ) : null}
    </PageShell>
  )
}
