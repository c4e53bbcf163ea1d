import { defineAction } from '../../runtime/action'
import { emptyInput } from '../../runtime/validate'

/**
 * `user.deleteAccount` {} → { deleted: true } (注销). Removes the caller's record: profile, phone,
 * roles and preferences. The points account and its transfers stay; they never held the openid
 * or anything personal. A caller with no record gets the same answer. Errors: INTERNAL only.
 */
export const deleteAccount = defineAction({
  input: emptyInput,
  async handler({ db, openid }) {
    if (await db.get('users', openid)) await db.remove('users', openid)
    return { deleted: true as const }
  },
})
