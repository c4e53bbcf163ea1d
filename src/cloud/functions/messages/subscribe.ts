import * as v from 'valibot'

import { SUBSCRIBE_TOPICS } from '../../../contract/messages'
import { defineAction } from '../../runtime/action'

/**
 * `messages.subscribe` { topic, accepted } → { topic, accepted, at }: records the caller's answer to
 * WeChat's subscribe-message request for that topic (the latest answer counts). Sending through
 * WeChat needs a server; until then this is the record it will read. Errors: INVALID_ARGUMENT.
 */
export const subscribe = defineAction({
  input: v.object({
    topic: v.picklist(SUBSCRIBE_TOPICS, '订阅的消息类型不正确'),
    accepted: v.boolean('缺少是否同意'),
  }),
  async handler({ db, openid, now }, { topic, accepted }) {
    const at = now()
    await db.set('subscriptions', { _id: `${openid}|${topic}`, openid, topic, accepted, at })
    return { topic, accepted, at }
  },
})
