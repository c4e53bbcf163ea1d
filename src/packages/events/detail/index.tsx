import '@/lib/cloud-events'
import { useRouter } from '@tarojs/taro'
import { ErrorState } from '@/components/state-view'
import { EventDetailView } from '@/features/events/components/event-detail'
import { PageShell } from '@/features/session/components/page-shell'

export default function EventDetailPage() {
  const id = useRouter().params.id
  return <PageShell>{id ? <EventDetailView id={id} /> : <ErrorState message="没有找到这个活动" />}</PageShell>
}
