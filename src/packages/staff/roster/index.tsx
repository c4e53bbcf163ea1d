import '@/lib/cloud-staff'
import { useRouter } from '@tarojs/taro'
import { ErrorState } from '@/components/state-view'
import { Roster } from '@/features/volunteer/components/roster'
import { PageShell } from '@/features/session/components/page-shell'

export default function RosterPage() {
  const id = useRouter().params.id
  return <PageShell>{id ? <Roster id={id} /> : <ErrorState message="没有找到这个活动" />}</PageShell>
}
