import '@/lib/cloud-council'
import { useRouter } from '@tarojs/taro'
import { EmptyState, ErrorState, Loading } from '@/components/state-view'
import { FromTicketForm } from '@/features/council/components/from-ticket-form'
import { PageShell } from '@/features/session/components/page-shell'
import { useSession } from '@/features/session/store'
import { replacePage } from '@/lib/navigation'

export default function FromTicketPage() {
  const { no } = useRouter().params
  const status = useSession((s) => s.status)
  const staff = useSession((s) => s.view?.staff)
  return (
    <PageShell>
      {status !== 'ready' ? <Loading /> : null}
      {status === 'ready' && !staff ? <EmptyState title="仅社区工作人员可以把工单转为议事" /> : null}
      {status === 'ready' && staff && !no ? <ErrorState message="没有找到这张工单" /> : null}
      {status === 'ready' && staff && no ? (
        <FromTicketForm
          ticketNo={no}
          onDone={(q) => replacePage(`/packages/council/question/index?id=${q.id}`)}
        />
      ) : null}
    </PageShell>
  )
}
