import { useState } from 'react'
import type { Message } from '@/contract/messages'
import { usePaged } from '@/lib/use-paged'
import { fetchMessagesPage, markAllRead, markRead } from './api'

/** The 消息 list with its unread count; opening a message marks it read first. */
export function useMessages(openid: string | undefined) {
  const [unread, setUnread] = useState(0)
  const messages = usePaged(
    async (cursor?: string) => {
      const page = await fetchMessagesPage(cursor)
      setUnread(page.unread)
      return page
    },
    [openid],
  )
  const open = async (m: Message) => {
    if (m.read) return
    const answer = await markRead(m.id).catch(() => null)
    if (answer) setUnread(answer.unread)
  }
  const readAll = async () => {
    await markAllRead()
    await messages.refresh()
  }
  return { messages, unread, open, readAll }
}
