import * as v from 'valibot'

import type { MessagePage } from '../../../contract/messages'
import { defineAction } from '../../runtime/action'
import { CloudError } from '../../runtime/errors'
import { pageQuery } from '../../runtime/validate'
import { messagesWithReads, unreadOf } from './reads'

const DEFAULT_LIMIT = 20
const CURSOR = /^(\d{1,15})\|(.+)$/

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
    let rest = all
    if (cursor !== undefined) {
      const match = CURSOR.exec(cursor)
      if (!match) throw new CloudError('INVALID_ARGUMENT', '分页位置已失效，请刷新列表')
      const at = Number(match[1])
      const id = match[2]
      rest = all.filter((m) => m.at < at || (m.at === at && m.id < id))
    }
    const items = rest.slice(0, limit)
    const last = items[items.length - 1]
    return {
      items,
      nextCursor: last && rest.length > limit ? `${last.at}|${last.id}` : null,
      unread: unreadOf(all),
    }
  },
})
