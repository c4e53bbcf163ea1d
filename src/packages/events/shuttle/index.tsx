import '@/lib/cloud-events'
import { useRouter } from '@tarojs/taro'
import { ErrorState } from '@/components/state-view'
import { ShuttleTimetable } from '@/features/events/components/shuttle-timetable'
import { PageShell } from '@/features/session/components/page-shell'

export default function ShuttlePage() {
  const { eventId, date, link, seats } = useRouter().params
  return (
    <PageShell>
      {eventId ? (
        <ShuttleTimetable eventId={eventId} date={date} link={link} seats={Number(seats) || undefined} />
      ) : (
        <ErrorState message="没有找到这条班车线路" />
      )}
    </PageShell>
  )
}
