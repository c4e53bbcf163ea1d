import '@/lib/cloud-events'
import { MyBookings } from '@/features/events/components/my-bookings'
import { PageShell } from '@/features/session/components/page-shell'

export default function MyBookingsPage() {
  return (
    <PageShell>
      <MyBookings />
    </PageShell>
  )
}
