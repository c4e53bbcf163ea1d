import { defineAction } from '../../runtime/action'
import { emptyInput } from '../../runtime/validate'

/**
 * `user.deleteAccount` {} → { deleted: true } (注销). Removes the caller's record: profile, phone,
 * roles and preferences. The points account and its transfers stay; they never held the openid
 * or anything personal. Grid tickets stay for the community's records, anonymised: no reporter,
 * no contact phone, no request id. A caller with no record gets the same answer. Errors: INTERNAL only.
 */
export const deleteAccount = defineAction({
  input: emptyInput,
  async handler({ db, openid }) {
    if (await db.get('users', openid)) await db.remove('users', openid)
    for (const t of await db.query('tickets', { reporterId: openid })) {
      await db.update('tickets', t._id, {
        reporterId: null,
        anonymous: true,
        phone: undefined,
        requestKey: undefined,
        requestHash: undefined,
      })
    }
    return { deleted: true as const }
  },
})
