import * as v from 'valibot'

import { MESSAGE_RULES } from '../../../contract/messages'
import { defineAction } from '../../runtime/action'
import { CloudError } from '../../runtime/errors'
import { emptyInput } from '../../runtime/validate'
import { markRead as mark, messagesWithReads, unreadOf } from './reads'

const ID = '缺少消息编号'

/**
 * `messages.markRead` { id } → { message, unread }: marks one of the caller's messages read (again is
 * fine). Errors: INVALID_ARGUMENT, NOT_FOUND (no such message of the caller's, or one gone after 90 days).
 */
export const markRead = defineAction({
  input: v.object({
    id: v.pipe(v.string(ID), v.minLength(1, ID), v.maxLength(MESSAGE_RULES.idMax, '消息编号不正确')),
  }),
  async handler({ db, openid, now }, { id }) {
    const all = await messagesWithReads(db, openid, now())
    const found = all.find((m) => m.id === id)
    if (!found) throw new CloudError('NOT_FOUND', '没有找到这条消息')
    if (!found.read) await mark(db, openid, found)
    found.read = true
    return { message: found, unread: unreadOf(all) }
  },
})

/** `messages.markAllRead` {} → { marked, unread: 0 }: marks every message the caller has now read. Errors: INTERNAL only. */
export const markAllRead = defineAction({
  input: emptyInput,
  async handler({ db, openid, now }) {
    const unread = (await messagesWithReads(db, openid, now())).filter((m) => !m.read)
    for (const m of unread) await mark(db, openid, m)
    return { marked: unread.length, unread: 0 as const }
  },
})
