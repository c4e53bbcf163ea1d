import type { Employer } from '../../../contract/gigs'
import { defineAction } from '../../runtime/action'
import { emptyInput } from '../../runtime/validate'
import { employerIdOf, employerView } from './model'

/**
 * `gigs.myEmployer` {} → Employer | null: the employer the caller acts for (by role), else their
 * latest application (pending or rejected), else null. Errors: none.
 */
export const myEmployer = defineAction({
  input: emptyInput,
  async handler({ db, openid }): Promise<Employer | null> {
    const user = await db.get('users', openid)
    const bound = employerIdOf(user)
    const e = bound
      ? await db.get('employers', bound)
      : (await db.query('employers', { openid })).sort(
          (a, b) => b.appliedAt - a.appliedAt || (a._id < b._id ? 1 : -1),
        )[0]
    return e ? employerView(db, e, user) : null
  },
})
