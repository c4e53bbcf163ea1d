import '@/lib/cloud-grid'
import { useRouter } from '@tarojs/taro'
import { View } from '@tarojs/components'
import { Button } from '@/components/button'
import { ErrorState, Loading } from '@/components/state-view'
import { HOTLINE } from '@/contract/grid'
import { RatingPanel } from '@/features/grid/components/rating-panel'
import { TicketDetail } from '@/features/grid/components/ticket-detail'
import { useNow } from '@/features/grid/use-now'
import { useTicket } from '@/features/grid/use-ticket'
import { PageShell } from '@/features/session/components/page-shell'
import { callPhone } from '@/lib/phone'

export default function GridTicketPage() {
  const { ticket, error, reload, setTicket } = useTicket(useRouter().params.no)
  const now = useNow()
  return (
    <PageShell>
      {error ? <ErrorState message={error} onRetry={reload} /> : null}
      {!error && !ticket ? <Loading /> : null}
      {ticket ? (
        <>
          {ticket.status === 'resolved' ? <RatingPanel ticket={ticket} onRated={setTicket} /> : null}
          <TicketDetail ticket={ticket} now={now} />
          <View className="card">
            <Button className="btn btn--ghost" onClick={() => void callPhone(HOTLINE)}>
              进度有疑问？拨打 {HOTLINE} 热线
            </Button>
          </View>
        </>
      ) : null}
    </PageShell>
  )
}
