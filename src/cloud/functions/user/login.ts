import { defineAction } from '../../runtime/action'
import { emptyInput } from '../../runtime/validate'
import { ensureUser, loginView } from './users'

/**
 * `user.login` {} → the login view. Creates the caller's record on the first call; roles always
 * include 'resident'. After stored data could not be read (and was backed up), the first login
 * carries `notice`, once. Errors: INTERNAL only.
 */
export const login = defineAction({
  input: emptyInput,
  async handler(ctx) {
    const view = await loginView(ctx.db, await ensureUser(ctx))
    const notice = await ctx.db.get('system', 'notice')
    if (notice) {
      await ctx.db.remove('system', 'notice')
      view.notice = notice.text
    }
    return view
  },
})
