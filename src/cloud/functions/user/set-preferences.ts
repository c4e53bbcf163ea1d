import * as v from 'valibot'

import { defineAction } from '../../runtime/action'
import { ensureUser, loginView } from './users'

/** `user.setPreferences` { elderMode: boolean } → the login view. Errors: INVALID_ARGUMENT (elderMode). */
export const setPreferences = defineAction({
  input: v.object({ elderMode: v.boolean('长辈模式只能是开启或关闭') }),
  async handler(ctx, { elderMode }) {
    const user = await ensureUser(ctx)
    await ctx.db.update('users', user._id, { elderMode })
    return loginView(ctx.db, { ...user, elderMode })
  },
})
