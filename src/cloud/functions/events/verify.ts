import * as v from 'valibot'

import { BOOKING_RULES as R, type VerifiedBooking } from '../../../contract/events'
import { defineAction } from '../../runtime/action'
import { CloudError } from '../../runtime/errors'
import { bookingView, chinaClock, chinaMoment, maskName, must } from './model'

/**
 * `events.verify` (any staff member) { code: 8 digits } → the Booking, now used, with the booker's
 * masked name and, for the 高考 picking, the exam ticket to compare with the student's own. Open
 * from 2 h before a session until its end, or from 2 h before a departure until 1 h after it.
 * Errors: INVALID_ARGUMENT (malformed code), PERMISSION_DENIED (not staff; the caller's own
 * booking — nobody admits themselves), NOT_FOUND (no booking
 * with this code), CONFLICT (already used — the message says when — or cancelled), WINDOW_CLOSED
 * (the message says when checking opens, or when it closed).
 */
export const verify = defineAction({
  input: v.object({ code: v.pipe(v.string(), v.trim(), v.regex(/^\d{8}$/, '预约码是 8 位数字')) }),
  async handler({ db, openid, now }, { code }): Promise<VerifiedBooking> {
    if (!(await db.get('users', openid))?.roles.includes('staff')) {
      throw new CloudError('PERMISSION_DENIED', '只有社区工作人员可以核验')
    }
    const [booking] = await db.query('bookings', { code })
    must(booking, '预约码')
    if (booking.openid === openid) {
      throw new CloudError('PERMISSION_DENIED', '不能核验自己的预约，请由其他工作人员核验')
    }
    if (booking.status === 'cancelled') throw new CloudError('CONFLICT', '该预约已取消，不能使用')
    if (booking.usedAt)
      throw new CloudError('CONFLICT', `该预约码已于 ${chinaClock(booking.usedAt)} 核验使用过`)
    const session = booking.sessionId ? await db.get('sessions', booking.sessionId) : null
    const opens = booking.startAt - R.verifyBeforeMs
    const closes = session ? session.endAt : booking.startAt + R.verifyAfterDepartureMs
    if (now() < opens) {
      throw new CloudError('WINDOW_CLOSED', `还没到核验时间：${chinaMoment(opens)} 起可核验（开始前 2 小时）`)
    }
    if (now() > closes) {
      throw new CloudError(
        'WINDOW_CLOSED',
        `已过核验时间：${session ? '该场次' : '这班车'}已于 ${chinaMoment(closes)} 结束核验`,
      )
    }
    const used = { ...booking, status: 'used' as const, usedAt: now() }
    await db.set('bookings', used)
    const name = (booking.openid && (await db.get('users', booking.openid))?.profile?.name) || '居民'
    return {
      ...bookingView(used),
      bookerMasked: maskName(name),
      ...(booking.examTicket ? { examTicket: booking.examTicket } : {}),
    }
  },
})
