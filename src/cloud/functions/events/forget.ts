import type { CloudTx } from '../../db/schema'
import { release } from './model'

/** 注销: the caller's live bookings are cancelled (seats go back); every booking loses its owner and exam ticket. */
export async function forgetBookings(tx: CloudTx, openid: string, at: number): Promise<void> {
  for (const b of await tx.query('bookings', { openid })) {
    const kept = b.status === 'booked' ? await release(tx, b, at) : b
    await tx.set('bookings', {
      ...kept,
      openid: '',
      examTicket: undefined,
      requestId: undefined,
      request: undefined,
    })
  }
}
