import type { Application } from '../../../contract/gigs'
import { pageInput } from '../../../contract/schemas/gigs'
import type { GigApplicationDoc } from '../../db/schema'
import { defineAction } from '../../runtime/action'
import { paginate, type Keyset } from '../../runtime/paginate'
import { applicationView, communityNames } from './model'

const NEWEST: Keyset<GigApplicationDoc> = { key: (a) => [a.appliedAt, a._id], order: ['desc', 'asc'] }

/**
 * `gigs.mine` { cursor?, limit? } → page of my applications, newest first (keyset cursors).
 * Errors: INVALID_ARGUMENT (a cursor this list did not give).
 */
export const mine = defineAction({
  input: pageInput,
  async handler({ db, openid, now }, page) {
    const at = now()
    const { items, nextCursor } = paginate(await db.query('gigApplications', { openid }), NEWEST, page)
    const names = communityNames(db)
    const views: Application[] = []
    for (const app of items) views.push(await applicationView(db, app, at, undefined, names))
    return { items: views, nextCursor }
  },
})
