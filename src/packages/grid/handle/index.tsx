import '@/lib/cloud-grid'
import { useRouter } from '@tarojs/taro'
import { View } from '@tarojs/components'
import { Button } from '@/components/button'
import { ErrorState, Loading } from '@/components/state-view'
import { StaffActions } from '@/features/grid/components/staff-actions'
import { TicketDetail } from '@/features/grid/components/ticket-detail'
import { useNow } from '@/features/grid/use-now'
import { useTicket } from '@/features/grid/use-ticket'
import { PageShell } from '@/features/session/components/page-shell'
import { useSession } from '@/features/session/store'
import { openPage } from '@/lib/navigation'

export default function GridHandlePage() {
  const { ticket, error, reload, setTicket } = useTicket(useRouter().params.no)
  const now = useNow()
  const staff = useSession((s) => s.view?.staff)
  return (
    <PageShell>
      {error ? <ErrorState message={error} onRetry={reload} /> : null}
      {!error && !ticket ? <Loading /> : null}
      {ticket ? (
        <>
          <TicketDetail ticket={ticket} now={now} />
          {staff ? (
            <>
              <StaffActions ticket={ticket} onDone={setTicket} />
              {/* a page of the council subpackage: grid imports none of its code */}
              <View className="card">
                <Button
                  className="btn btn--ghost"
                  onClick={() => openPage(`/packages/council/from-ticket/index?no=${ticket.ticketNo}`)}
                >
                  转为居民议事
                </Button>
              </View>
            </>
          ) : (
            <ErrorState message="只有社区工作人员可以处理工单" />
          )}
        </>
      ) : null}
    </PageShell>
  )
}
