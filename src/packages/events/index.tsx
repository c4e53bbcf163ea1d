import '@/lib/cloud-events'
import { View } from '@tarojs/components'
import { Button } from '@/components/button'
import { EventList } from '@/features/events/components/event-list'
import { PageShell } from '@/features/session/components/page-shell'
import { useSession } from '@/features/session/store'
import { openPage } from '@/lib/navigation'

export default function EventsPage() {
  const staff = useSession((s) => s.view?.roles.includes('staff') ?? false)
  return (
    <PageShell>
      <View className="events-links">
        <Button className="btn btn--ghost btn--small" onClick={() => openPage('/packages/events/mine/index')}>
          我的预约
        </Button>
        {staff ? (
          <Button
            className="btn btn--primary btn--small"
            onClick={() => openPage('/packages/events/verify/index')}
          >
            核验入场
          </Button>
        ) : null}
      </View>
      <EventList />
    </PageShell>
  )
}
