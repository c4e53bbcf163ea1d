import type { Application } from '../../../contract/gigs'
import { decideInput } from '../../../contract/schemas/gigs'
import type { GigApplicationDoc } from '../../db/schema'
import { defineAction } from '../../runtime/action'
import { CloudError } from '../../runtime/errors'
import {
  applicationView,
  findApplication,
  findJob,
  mustBeEmployerOf,
  notify,
  requireEmployer,
  settle,
} from './model'

/**
 * `gigs.decide` (the job's employer) { applicationId, accept, reason? (2–200; required to decline) }
 * → Application, `accepted` or `declined`, only while pending (a withdrawn or already decided one is
 * CONFLICT). Accepting counts on the job (`accepted`, in the same transaction): beyond the headcount
 * is QUOTA_EXCEEDED, so of concurrent accepts exactly the free places succeed. A pending
 * application may be accepted after the deadline (the post closed to new applications) until the
 * job ends; not on a cancelled job (CONFLICT). The applicant gets a notice.
 * Errors: INVALID_ARGUMENT, PERMISSION_DENIED (not its employer), NOT_FOUND, CONFLICT,
 * QUOTA_EXCEEDED, WINDOW_CLOSED (accepting after the job's end).
 */
export const decide = defineAction({
  input: decideInput,
  async handler({ db, openid, now }, { applicationId, accept, reason }): Promise<Application> {
    const { user } = await requireEmployer(db, openid)
    const app = await findApplication(db, applicationId)
    mustBeEmployerOf(user, app)
    const at = now()
    let job = await settle(db, await findJob(db, app.jobId), at)
    if (app.status !== 'pending') {
      throw new CloudError(
        'CONFLICT',
        app.status === 'withdrawn' ? '报名人已撤回报名' : '这份报名已经处理过了',
      )
    }
    if (job.status === 'cancelled' || job.status === 'rejected' || job.status === 'review') {
      throw new CloudError('CONFLICT', '这个岗位不在招募中')
    }
    if (accept) {
      if (at >= job.endAt) throw new CloudError('WINDOW_CLOSED', '岗位已经结束，不能再录用')
      if (job.accepted >= job.headcount) {
        throw new CloudError('QUOTA_EXCEEDED', `已录用 ${job.headcount} 人，名额已满`)
      }
      job = { ...job, accepted: job.accepted + 1 }
      await db.set('jobs', job)
    }
    const next: GigApplicationDoc = accept
      ? { ...app, status: 'accepted', decidedAt: at }
      : { ...app, status: 'declined', decidedAt: at, reason: reason! }
    await db.set('gigApplications', next)
    await notify(db, {
      audience: app.openid,
      at,
      title: accept ? '零工报名已录用' : '零工报名未录用',
      body: accept ? `「${job.title}」已录用你，可在岗位页查看用工方联系电话` : `「${job.title}」：${reason}`,
      id: job._id,
    })
    return applicationView(db, next, at, job)
  },
})
