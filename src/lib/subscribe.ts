import Taro from '@tarojs/taro'
import { SUBSCRIBE_TOPICS, type SubscribeTopic } from '@/contract/messages'
import { call } from './cloud'

type Templates = Partial<Record<SubscribeTopic, string>>

/** `activity:<id>,ticket:<id>,order:<id>`: template ids from 微信公众平台 › 订阅消息, given at build time. */
export function parseTemplates(spec: string): Templates {
  const out: Templates = {}
  for (const pair of spec.split(',')) {
    const [topic, id] = pair.split(':').map((s) => s.trim())
    if (id && (SUBSCRIBE_TOPICS as readonly string[]).includes(topic)) out[topic as SubscribeTopic] = id
  }
  return out
}

const BUILT = parseTemplates(typeof SUBSCRIBE_TEMPLATES === 'string' ? SUBSCRIBE_TEMPLATES : '')

/**
 * After a sign-up, report or redemption: asks WeChat for consent to send that topic's
 * subscribe-message and records the answer (`messages.subscribe`). Nothing on H5, nor in a build
 * without the topic's template id. Never throws: a refusal or a failure only means no WeChat message.
 */
export async function askToSubscribe(topic: SubscribeTopic, templates: Templates = BUILT): Promise<void> {
  const tmplId = templates[topic]
  if (process.env.TARO_ENV !== 'weapp' || !tmplId) return
  try {
    const answer = await Taro.requestSubscribeMessage({ tmplIds: [tmplId], entityIds: [] })
    const accepted = (answer as unknown as Record<string, string>)[tmplId] === 'accept'
    await call('messages', 'subscribe', { topic, accepted }, { expected: ['INVALID_ARGUMENT', 'INTERNAL'] })
  } catch {
    // WeChat refused to ask (no tap, switched off in settings) or the record failed: no message then
  }
}
