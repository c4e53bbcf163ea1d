import type { CloudTx } from '../../db/schema'

/**
 * 注销: the person's grid tickets stay for the community's records, anonymised — no reporter, no
 * contact phone, no request key (it names the caller). Staff steps on the timeline carry only the
 * community's grid label, never an openid.
 */
export async function forgetTickets(tx: CloudTx, openid: string): Promise<void> {
  for (const t of await tx.query('tickets', { reporterId: openid })) {
    await tx.update('tickets', t._id, {
      reporterId: null,
      anonymous: true,
      phone: undefined,
      requestKey: undefined,
      requestHash: undefined,
    })
  }
}
