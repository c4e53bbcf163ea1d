import { defineAction } from '../../runtime/action'
import { forgetRequests } from '../../runtime/idempotency'
import { emptyInput } from '../../runtime/validate'
import { forgetBookings } from '../events/forget'
import { forgetMessages } from '../messages/forget'
import { closeOrder, settle } from '../shop/settle'

/**
 * `user.deleteAccount` {} → { deleted: true } (注销). Removes the caller's record: profile, phone,
 * roles and preferences. The points account and its transfers stay; they never held the openid
 * or anything personal. Volunteer sign-ups stay (an activity's numbers and hours must add up) under
 * an anonymous id. Grid tickets stay for the community's records, anonymised: no reporter, no
 * contact phone, no request id. Open redemptions are cancelled (hold voided, stock returned; one past
 * its 30 minutes is settled as expired first, as on every read of the resident's orders) and
 * every order loses its link to the caller (clerks are recorded by account, which is not
 * personal). Live event bookings are cancelled and every booking loses its owner and exam ticket.
 * 志愿服务证明 issued to the caller are removed (their codes no longer verify).
 * A caller with no record gets the same answer. Errors: INTERNAL only.
 */
export const deleteAccount = defineAction({
  input: emptyInput,
  async handler({ db, openid, now }) {
    const orders = await db.query('orders', { openid })
    for (let i = 0; i < orders.length; i++) {
      const order = await settle(db, orders[i], now())
      const closed = order.status === 'pending' ? await closeOrder(db, order, 'cancelled', now()) : order
      await db.set('orders', { ...closed, openid: null, requestId: '' })
    }
    if (await db.get('users', openid)) await db.remove('users', openid)
    for (const s of await db.query('signups', { openid }))
      await db.update('signups', s._id, { openid: `gone:${s._id}` })
    for (const c of await db.query('certificates', { openid })) await db.remove('certificates', c._id)
    for (const t of await db.query('tickets', { reporterId: openid })) {
      await db.update('tickets', t._id, {
        reporterId: null,
        anonymous: true,
        phone: undefined,
        requestKey: undefined,
        requestHash: undefined,
      })
    }
    await forgetBookings(db, openid, now())
    await forgetMessages(db, openid)
    await forgetRequests(db, openid)
    return { deleted: true as const }
  },
})
