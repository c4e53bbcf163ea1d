import '@/lib/cloud-gigs'
import { useRouter } from '@tarojs/taro'
import { ErrorState, Loading } from '@/components/state-view'
import { fetchJob } from '@/features/gigs/api'
import { JobDetailView } from '@/features/gigs/components/job-detail'
import { useLoad } from '@/lib/use-load'
import { PageShell } from '@/features/session/components/page-shell'
import { useGigsViewer } from '../use-viewer'

export default function JobPage() {
  const id = useRouter().params.id ?? ''
  const viewer = useGigsViewer()
  const job = useLoad(() => fetchJob(id), id, viewer.ready && Boolean(id))
  return (
    <PageShell>
      {job.error ? <ErrorState message={job.error} onRetry={job.reload} /> : null}
      {!job.error && !job.data ? <Loading /> : null}
      {job.data ? <JobDetailView job={job.data} profile={viewer.profile} onChanged={job.reload} /> : null}
    </PageShell>
  )
}
