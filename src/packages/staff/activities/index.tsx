import '@/lib/cloud-staff'
import { ErrorState } from '@/components/state-view'
import { StaffActivities } from '@/features/volunteer/components/staff-activities'
import { PageShell } from '@/features/session/components/page-shell'
import { useSession } from '@/features/session/store'

export default function StaffActivitiesPage() {
  const staff = useSession((s) => s.view?.staff)
  const status = useSession((s) => s.status)
  return (
    <PageShell>
      {staff ? <StaffActivities /> : null}
      {status === 'ready' && !staff ? (
        <ErrorState message="请先在「我的」用邀请码绑定社区工作人员身份" />
      ) : null}
    </PageShell>
  )
}
