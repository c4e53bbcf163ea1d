import { Text, View } from '@tarojs/components'
import type { Message } from '@/contract/messages'
import { Button } from '@/components/button'
import { ListFooter } from '@/components/list-footer'
import { EmptyState, ErrorState, Loading } from '@/components/state-view'
import { openPage } from '@/lib/navigation'
import { formatRelative } from '@/lib/time'
import type { Paged } from '@/lib/use-paged'
import './messages.scss'

const TARGET: Record<Message['kind'], (id: string) => string> = {
  activity: (id) => `/packages/volunteer/detail/index?id=${id}`,
  order: (id) => `/packages/shop/order/index?id=${id}`,
  ticket: (id) => `/packages/grid/ticket/index?no=${id}`,
  booking: () => '/packages/events/mine/index',
  question: (id) => `/packages/council/question/index?id=${id}`,
  gig: (id) =>
    id.startsWith('emp-') ? '/packages/gigs/employer/index' : `/packages/gigs/job/index?id=${id}`,
}

const KIND: Record<Message['kind'], string> = {
  activity: '志愿',
  order: '兑换',
  ticket: '工单',
  booking: '预约',
  question: '议事',
  gig: '零工',
}

type Props = {
  messages: Paged<Message>
  unread: number
  now: number
  onOpen: (m: Message) => Promise<void>
  onReadAll: () => Promise<void>
}

/** The resident's messages, newest first; opening one marks it read and goes to what it is about. */
export function MessageList({ messages, unread, now, onOpen, onReadAll }: Props) {
  if (messages.status === 'loading') return <Loading />
  if (messages.status === 'error')
    return <ErrorState message={messages.error ?? ''} onRetry={messages.refresh} />
  if (messages.items.length === 0)
    return (
      <EmptyState
        title="还没有消息"
        hint="报名的活动快开始、兑换码快过期或已核销、反映的问题有进展、预约的活动临近时，会在这里告诉你"
      />
    )
  const open = (m: Message) => {
    void onOpen(m).then(() => openPage(TARGET[m.link.kind](m.link.id)))
  }
  return (
    <View>
      <View className="messages-head">
        <Text className="fs-md">{unread > 0 ? `${unread} 条未读` : '全部已读'}</Text>
        {unread > 0 ? (
          <Button className="btn btn--ghost btn--small" onClick={() => void onReadAll()}>
            全部标为已读
          </Button>
        ) : null}
      </View>
      <View className="card messages">
        {messages.items.map((m) => (
          <View
            key={m.id}
            className={`message ${m.read ? 'message--read' : ''}`}
            data-message={m.id}
            onClick={() => open(m)}
          >
            <View className="message__head">
              {m.read ? null : <View className="message__dot" aria-label="未读" />}
              <Text className="tag message__kind fs-sm">{KIND[m.kind]}</Text>
              <Text className="message__title fs-md">{m.title}</Text>
            </View>
            <Text className="message__body fs-sm">{m.body}</Text>
            <Text className="muted fs-sm">{formatRelative(m.at, now)}</Text>
          </View>
        ))}
        <ListFooter list={messages} end="只保留最近 90 天的消息" />
      </View>
    </View>
  )
}
