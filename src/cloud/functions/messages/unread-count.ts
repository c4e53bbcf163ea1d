import { defineAction } from '../../runtime/action'
import { emptyInput } from '../../runtime/validate'
import { messagesWithReads, unreadOf } from './reads'

/** `messages.unreadCount` {} → { unread }: the caller's unread messages of the last 90 days. Errors: INTERNAL only. */
export const unreadCount = defineAction({
  input: emptyInput,
  async handler({ db, openid, now }) {
    return { unread: unreadOf(await messagesWithReads(db, openid, now())) }
  },
})
