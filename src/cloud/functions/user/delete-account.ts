import { PERSONAL_FIELDS } from '../../db/schema'
import { defineAction } from '../../runtime/action'
import { forgetRequests } from '../../runtime/idempotency'
import { emptyInput } from '../../runtime/validate'
import { forgetBookings } from '../events/forget'
import { forgetTickets } from '../grid/forget'
import { forgetMessages } from '../messages/forget'
import { forgetOrders } from '../shop/forget'
import { forgetVolunteer } from '../volunteer/forget'

/**
 * `user.deleteAccount` {} → { deleted: true } (注销). Gives back every place the caller held and
 * leaves no openid of theirs anywhere in the database; each domain's `forget*` says how:
 * - the user record (profile, phone, roles, preferences) is removed; the points account and its
 *   transfers stay — they never held the openid or anything personal;
 * - volunteer (`forgetVolunteer`): live sign-ups are cancelled and their places freed, every
 *   sign-up stays under an anonymous id, certificates are removed; as staff, the activities they
 *   published and the checks they recorded no longer name them;
 * - shop (`forgetOrders`): open redemptions are cancelled (hold voided, stock returned), every order
 *   loses its owner;
 * - grid (`forgetTickets`): tickets stay, anonymised;
 * - events (`forgetBookings`): live bookings are cancelled (seats go back), every booking loses its
 *   owner and exam ticket;
 * - messages (`forgetMessages`): read marks and subscribe answers are removed;
 * - idempotency records (`forgetRequests`) are removed;
 * - the newer domains (居民议事 …): each openid field `PERSONAL_FIELDS` names is cleared, or its
 *   document removed (notices addressed to the person).
 * A caller with no record gets the same answer. Errors: INTERNAL only.
 */
export const deleteAccount = defineAction({
  input: emptyInput,
  async handler({ db, openid, now }) {
    await forgetOrders(db, openid, now())
    if (await db.get('users', openid)) await db.remove('users', openid)
    await forgetVolunteer(db, openid, now())
    await forgetTickets(db, openid)
    await forgetBookings(db, openid, now())
    await forgetMessages(db, openid)
    await forgetRequests(db, openid)
    for (const [name, field, how] of PERSONAL_FIELDS) {
      for (const doc of await db.query(name, { [field]: openid })) {
        await (how === 'remove' ? db.remove(name, doc._id) : db.set(name, { ...doc, [field]: null }))
      }
    }
    return { deleted: true as const }
  },
})
