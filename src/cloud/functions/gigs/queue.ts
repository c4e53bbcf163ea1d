import type { Employer, GigQueue, Job } from '../../../contract/gigs'
import { defineAction } from '../../runtime/action'
import { emptyInput } from '../../runtime/validate'
import { communityNames, employerNames, employerView, isFlagged, jobView, requireStaff } from './model'

/**
 * `gigs.queue` (staff) {} → `{ communityId, jobs, employers, flagged }` for the caller's community:
 * posts in review and pending employer applications, oldest first, and approved employers that are
 * flagged — their workers' ratings average ≤ 2 over ≥ 3 ratings (GIG_RULES) — lowest rated first.
 * Staff see the applicant's name and the business line. Errors: PERMISSION_DENIED (not staff).
 */
export const queue = defineAction({
  input: emptyInput,
  async handler({ db, openid, now }): Promise<GigQueue> {
    const staff = await requireStaff(db, openid)
    const communityId = staff.staffCommunityId
    const at = now()
    const community = communityNames(db)
    const employer = employerNames(db)
    const jobs: Job[] = []
    const inReview = (await db.query('jobs', { communityId, status: 'review' })).sort(
      (a, b) => a.createdAt - b.createdAt || (a._id < b._id ? -1 : 1),
    )
    for (const j of inReview) jobs.push(await jobView(db, j, staff, at, { community, employer }))
    const employers: Employer[] = []
    const pending = (await db.query('employers', { communityId, status: 'pending' })).sort(
      (a, b) => a.appliedAt - b.appliedAt || (a._id < b._id ? -1 : 1),
    )
    for (const e of pending) employers.push(await employerView(db, e, staff))
    const flagged: Employer[] = []
    const low = (await db.query('employers', { communityId, status: 'approved' }))
      .filter(isFlagged)
      .sort((a, b) => a.ratingSum / a.ratingCount - b.ratingSum / b.ratingCount || (a._id < b._id ? -1 : 1))
    for (const e of low) flagged.push(await employerView(db, e, staff))
    return { communityId, jobs, employers, flagged }
  },
})
