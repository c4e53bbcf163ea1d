import '@/lib/cloud-gigs'
import { MyApplications } from '@/features/gigs/components/application-list'
import { PageShell } from '@/features/session/components/page-shell'
import { useGigsViewer } from '../use-viewer'
import { Loading } from '@/components/state-view'

export default function MyApplicationsPage() {
  const viewer = useGigsViewer()
  return <PageShell>{viewer.ready ? <MyApplications /> : <Loading />}</PageShell>
}
