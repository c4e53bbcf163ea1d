import type { ActionMap } from '../../runtime/action'
import { list } from './list'
import { markAllRead, markRead } from './mark-read'
import { subscribe } from './subscribe'
import { unreadCount } from './unread-count'

export const messagesActions: ActionMap<'messages'> = { list, unreadCount, markRead, markAllRead, subscribe }
