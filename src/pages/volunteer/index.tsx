import { EmptyState } from '@/components/state-view'
import { PageShell } from '@/features/session/components/page-shell'

export default function VolunteerPage() {
  return (
    <PageShell>
      <EmptyState title="志愿活动报名即将开放" hint="社区发布活动后，可在这里报名、扫码签到并获得信用积分" />
    </PageShell>
  )
}
