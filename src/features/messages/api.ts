import { call } from '@/lib/cloud'

export const fetchMessagesPage = (cursor?: string) => call('messages', 'list', { cursor, limit: 20 })
export const fetchUnread = () => call('messages', 'unreadCount', {}).then((r) => r.unread)
export const markRead = (id: string) => call('messages', 'markRead', { id }, { expected: ['NOT_FOUND'] })
export const markAllRead = () => call('messages', 'markAllRead', {})
