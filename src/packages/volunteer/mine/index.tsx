import '@/lib/cloud-volunteer'
import { ServiceRecord } from '@/features/volunteer/components/service-record'
import { PageShell } from '@/features/session/components/page-shell'

export default function MyServicePage() {
  return (
    <PageShell>
      <ServiceRecord />
    </PageShell>
  )
}
