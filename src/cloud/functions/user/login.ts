import { defineAction } from '../../runtime/action'
import { emptyInput } from '../../runtime/validate'
import { settleExpired } from '../shop/settle'
import { ensureUser, loginView } from './users'

/**
 * `user.login` {} → the login view. Creates the caller's record on the first call; roles always
 * include 'resident'. After stored data could not be read (and was backed up), the first login
 * carries `notice`, once. The caller's expired redemptions release their hold. Errors: INTERNAL only.
 */
export const login = defineAction({
  input: emptyInput,
  async handler(ctx) {
    await settleExpired(ctx.db, ctx.now(), { openid: ctx.openid })
    const view = await loginView(ctx.db, await ensureUser(ctx))
    const notice = await ctx.db.get('system', 'notice')
    if (notice) {
      await ctx.db.remove('system', 'notice')
      view.notice = notice.text
    }
    return view
  },
})
