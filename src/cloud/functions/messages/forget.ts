import type { CloudTx } from '../../db/schema'

/** 注销: the caller's read marks and subscribe-message answers go (the messages themselves are derived). */
export async function forgetMessages(db: CloudTx, openid: string): Promise<void> {
  for (const mark of await db.query('messageReads', { openid })) await db.remove('messageReads', mark._id)
  for (const sub of await db.query('subscriptions', { openid })) await db.remove('subscriptions', sub._id)
}
