import type { Message } from '../../../contract/messages'
import type { CloudTx } from '../../db/schema'
import { type Derived, deriveMessages, oldestKept } from './derive'

export const readId = (openid: string, messageId: string): string => `${openid}|${messageId}`

/** The caller's messages with their read state; read marks older than the kept messages are removed. */
export async function messagesWithReads(db: CloudTx, openid: string, now: number): Promise<Message[]> {
  const read = new Set<string>()
  for (const mark of await db.query('messageReads', { openid })) {
    if (mark.at < oldestKept(now)) await db.remove('messageReads', mark._id)
    else read.add(mark.messageId)
  }
  return (await deriveMessages(db, openid, now)).map((m) => ({ ...m, read: read.has(m.id) }))
}

export const unreadOf = (messages: Message[]): number => messages.filter((m) => !m.read).length

export async function markRead(db: CloudTx, openid: string, m: Derived): Promise<void> {
  await db.set('messageReads', { _id: readId(openid, m.id), openid, messageId: m.id, at: m.at })
}
