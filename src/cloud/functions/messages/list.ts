import * as v from 'valibot'

import type { MessagePage } from '../../../contract/messages'
import { defineAction } from '../../runtime/action'
import { paginate } from '../../runtime/paginate'
import { pageQuery } from '../../runtime/validate'
import { messagesWithReads, unreadOf } from './reads'

const DEFAULT_LIMIT = 20

/**
 * `messages.list` { cursor?, limit? } → { items, nextCursor, unread }: the caller's messages of the
 * last 90 days, newest first, and how many of all of them are unread. The cursor is the last item's
 * time and id (keyset), so following it never fails, whatever became of that message. Errors:
 * INVALID_ARGUMENT (limit, a cursor this action did not give).
 */
export const list = defineAction({
  input: v.object(pageQuery),
  async handler({ db, openid, now }, { cursor, limit = DEFAULT_LIMIT }): Promise<MessagePage> {
    const all = await messagesWithReads(db, openid, now())
    const page = paginate(all, { key: (m) => [m.at, m.id], order: ['desc', 'desc'] }, { cursor, limit })
    return { ...page, unread: unreadOf(all) }
  },
})
