import type { Application, Rating } from '../../../contract/gigs'
import { rateInput } from '../../../contract/schemas/gigs'
import type { GigApplicationDoc } from '../../db/schema'
import { defineAction } from '../../runtime/action'
import { CloudError } from '../../runtime/errors'
import { applicationView, employerIdOf, findApplication, isFlagged, notify } from './model'

/**
 * `gigs.rate` { applicationId, score (1–5), comment? (≤ 200) } → Application. After completion
 * (`done`; before it, or for a no-show, CONFLICT), once each way: the job's employer rates the
 * worker (`byEmployer`, counted on the worker's record) and the worker rates the employer
 * (`byWorker`, counted on the employer's rating). An employer whose workers' ratings come to average
 * ≤ 2 over ≥ 3 ratings is flagged (gigs.queue) and its community's staff get a notice.
 * Errors: INVALID_ARGUMENT, NOT_FOUND, PERMISSION_DENIED (neither side), CONFLICT (not done; rated).
 */
export const rate = defineAction({
  input: rateInput,
  async handler({ db, openid, now }, { applicationId, score, comment }): Promise<Application> {
    const app = await findApplication(db, applicationId)
    const user = await db.get('users', openid)
    const side =
      app.openid === openid ? 'byWorker' : employerIdOf(user) === app.employerId ? 'byEmployer' : null
    if (!side) throw new CloudError('PERMISSION_DENIED', '只有这次零工的用工方和工作人员可以评价')
    if (app.status !== 'done') throw new CloudError('CONFLICT', '零工完成后才能评价')
    if (app[side]) throw new CloudError('CONFLICT', '已经评价过了')
    const at = now()
    const rating: Rating = comment ? { score, comment, at } : { score, at }
    const next: GigApplicationDoc = { ...app, [side]: rating }
    await db.set('gigApplications', next)
    if (side === 'byWorker') {
      const employer = await db.get('employers', app.employerId)
      if (employer) {
        const rated = {
          ...employer,
          ratingSum: employer.ratingSum + score,
          ratingCount: employer.ratingCount + 1,
        }
        await db.set('employers', rated)
        if (isFlagged(rated) && !isFlagged(employer)) {
          await notify(db, {
            audience: `staff:${employer.communityId}`,
            at,
            title: '用工方评价偏低',
            body: `「${employer.name}」收到的评价平均不高于 2 分，请关注`,
            id: employer._id,
          })
        }
      }
    }
    return applicationView(db, next, at)
  },
})
