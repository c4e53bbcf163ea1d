import type { JobDetail } from '../../../contract/gigs'
import { jobInput } from '../../../contract/schemas/gigs'
import { defineAction } from '../../runtime/action'
import { CloudError } from '../../runtime/errors'
import { applicationView, employerIdOf, findJob, jobView, maySeeUnpublished, mean, settle } from './model'

/**
 * `gigs.detail` { jobId } → Job + `employer: { name, kind, rating (mean of its workers' ratings, 1
 * decimal, or null) }`, `contact` (the business line, in full) only for its employer and workers it
 * accepted (accepted, done or no-show), `myApplication` when the caller applied. A post in review or
 * rejected is NOT_FOUND to anyone but its employer and staff of its community. A recruiting post
 * past its deadline is stored as closed (it closes itself on reads and writes).
 * Readable without a profile. Errors: NOT_FOUND.
 */
export const detail = defineAction({
  input: jobInput,
  async handler({ db, openid, now }, { jobId }): Promise<JobDetail> {
    const at = now()
    const user = await db.get('users', openid)
    const job = await settle(db, await findJob(db, jobId), at)
    if ((job.status === 'review' || job.status === 'rejected') && !maySeeUnpublished(user, job)) {
      throw new CloudError('NOT_FOUND', '没有找到这个零工岗位')
    }
    const employer = await db.get('employers', job.employerId)
    const [mine] = await db.query('gigApplications', { jobId, openid })
    const view: JobDetail = {
      ...(await jobView(db, job, user, at)),
      employer: {
        name: employer?.name ?? '',
        kind: employer?.kind ?? 'shop',
        rating: employer ? mean(employer.ratingSum, employer.ratingCount) : null,
      },
    }
    const hired = !!mine && ['accepted', 'done', 'noshow'].includes(mine.status)
    if (employer && (employerIdOf(user) === job.employerId || hired)) view.contact = employer.contact
    if (mine) view.myApplication = await applicationView(db, mine, at, job)
    return view
  },
})
