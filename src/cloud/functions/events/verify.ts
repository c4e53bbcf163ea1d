import * as v from 'valibot'

import { defineAction } from '../../runtime/action'
import { CloudError } from '../../runtime/errors'
import { HOUR, bookingView, chinaClock, must } from './model'

/**
 * `events.verify` (any staff member) { code: 8 digits } → the Booking, now used. Open from 2 h
 * before a session until its end, or from 2 h before a departure until 1 h after it.
 * Errors: INVALID_ARGUMENT (malformed code), PERMISSION_DENIED (not staff), NOT_FOUND (no booking
 * with this code), CONFLICT (already used — the message says when — or cancelled), WINDOW_CLOSED.
 */
export const verify = defineAction({
  input: v.object({ code: v.pipe(v.string(), v.trim(), v.regex(/^\d{8}$/, '预约码是 8 位数字')) }),
  async handler({ db, openid, now }, { code }) {
    if (!(await db.get('users', openid))?.roles.includes('staff')) {
      throw new CloudError('PERMISSION_DENIED', '只有社区工作人员可以核验')
    }
    const [booking] = await db.query('bookings', { code })
    must(booking, '预约码')
    if (booking.status === 'cancelled') throw new CloudError('CONFLICT', '该预约已取消，不能使用')
    if (booking.usedAt)
      throw new CloudError('CONFLICT', `该预约码已于 ${chinaClock(booking.usedAt)} 核验使用过`)
    const session = booking.sessionId && (await db.get('sessions', booking.sessionId))
    if (now() < booking.startAt - 2 * HOUR || now() > (session ? session.endAt : booking.startAt + HOUR)) {
      throw new CloudError('WINDOW_CLOSED', '不在核验时间内（开始前 2 小时起）')
    }
    const used = { ...booking, status: 'used' as const, usedAt: now() }
    await db.set('bookings', used)
    return bookingView(used)
  },
})
