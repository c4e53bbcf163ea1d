import type { Job } from '../../../contract/gigs'
import { pageInput } from '../../../contract/schemas/gigs'
import type { JobDoc } from '../../db/schema'
import { defineAction } from '../../runtime/action'
import { paginate, type Keyset } from '../../runtime/paginate'
import { communityNames, employerNames, jobView, requireEmployer } from './model'

const NEWEST: Keyset<JobDoc> = { key: (j) => [j.createdAt, j._id], order: ['desc', 'asc'] }

/**
 * `gigs.myJobs` (an employer) { cursor?, limit? } → page of the posts of the employer the caller
 * acts for, newest first, every status (a recruiting one past its deadline reads as closed).
 * Errors: PERMISSION_DENIED (not an approved employer), INVALID_ARGUMENT (cursor).
 */
export const myJobs = defineAction({
  input: pageInput,
  async handler({ db, openid, now }, page) {
    const { user, employer } = await requireEmployer(db, openid)
    const at = now()
    const { items, nextCursor } = paginate(await db.query('jobs', { employerId: employer._id }), NEWEST, page)
    const names = { community: communityNames(db), employer: employerNames(db) }
    const views: Job[] = []
    for (const job of items) views.push(await jobView(db, job, user, at, names))
    return { items: views, nextCursor }
  },
})
