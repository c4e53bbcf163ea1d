import { defineAction } from '../../runtime/action'
import { emptyInput } from '../../runtime/validate'
import { forgetBookings } from '../events/forget'

/**
 * `user.deleteAccount` {} → { deleted: true } (注销). Removes the caller's record: profile, phone,
 * roles and preferences. The points account and its transfers stay; they never held the openid
 * or anything personal. Live event bookings are cancelled and every booking loses its owner and
 * exam ticket. A caller with no record gets the same answer. Errors: INTERNAL only.
 */
export const deleteAccount = defineAction({
  input: emptyInput,
  async handler({ db, openid, now }) {
    if (await db.get('users', openid)) await db.remove('users', openid)
    await forgetBookings(db, openid, now())
    return { deleted: true as const }
  },
})
