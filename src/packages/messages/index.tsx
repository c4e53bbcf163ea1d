import { useDidShow } from '@tarojs/taro'
import { MessageList } from '@/features/messages/components/message-list'
import { useMessages } from '@/features/messages/use-messages'
import { PageShell } from '@/features/session/components/page-shell'
import { useSession } from '@/features/session/store'
import { demoNow } from '@/lib/demo'

export default function MessagesPage() {
  const openid = useSession((s) => s.view?.openid)
  const { messages, unread, open, readAll } = useMessages(openid)
  useDidShow(() => void messages.refresh())
  return (
    <PageShell>
      <MessageList messages={messages} unread={unread} now={demoNow()} onOpen={open} onReadAll={readAll} />
    </PageShell>
  )
}
