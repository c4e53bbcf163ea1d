import '@/lib/cloud-volunteer'
import { CertificateView } from '@/features/volunteer/components/certificate-view'
import { PageShell } from '@/features/session/components/page-shell'

export default function CertificatePage() {
  return (
    <PageShell>
      <CertificateView />
    </PageShell>
  )
}
