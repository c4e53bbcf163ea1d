import type { Application } from '../../../contract/gigs'
import { applyInput } from '../../../contract/schemas/gigs'
import type { GigApplicationDoc } from '../../db/schema'
import { defineAction } from '../../runtime/action'
import { CloudError } from '../../runtime/errors'
import { applicationView, employerIdOf, findJob, notify, requireResident, settle } from './model'

/**
 * `gigs.apply` { jobId, message? (≤ 200) } → Application (`pending`). A real-name resident applies
 * to a recruiting job, once (a withdrawn or declined application counts: CONFLICT), never to a job
 * of the employer they act for. A post in review or rejected is NOT_FOUND (residents never see it:
 * no skipping review); one whose deadline has passed (it closes itself), or that was cancelled, is
 * WINDOW_CLOSED. The one who posted it gets a notice.
 * Errors: INVALID_ARGUMENT, PROFILE_REQUIRED, NOT_FOUND, PERMISSION_DENIED (own job), CONFLICT,
 * WINDOW_CLOSED.
 */
export const apply = defineAction({
  input: applyInput,
  async handler(ctx, { jobId, message }): Promise<Application> {
    const { db, openid } = ctx
    const user = await requireResident(ctx)
    const at = ctx.now()
    const job = await settle(db, await findJob(db, jobId), at)
    if (job.status === 'review' || job.status === 'rejected') {
      throw new CloudError('NOT_FOUND', '没有找到这个零工岗位')
    }
    if (employerIdOf(user) === job.employerId) {
      throw new CloudError('PERMISSION_DENIED', '不能报名自己发布的岗位')
    }
    if (job.status !== 'recruiting') throw new CloudError('WINDOW_CLOSED', '这个岗位已停止报名')
    if ((await db.query('gigApplications', { jobId, openid })).length > 0) {
      throw new CloudError('CONFLICT', '你已经报名过这个岗位了')
    }
    const app: GigApplicationDoc = {
      _id: db.newId('gapp'),
      jobId,
      employerId: job.employerId,
      openid,
      message: message ?? '',
      status: 'pending',
      appliedAt: at,
    }
    await db.insert('gigApplications', app)
    await notify(db, {
      audience: job.postedBy,
      at,
      title: '有人报名了你的零工岗位',
      body: `「${job.title}」收到一份新报名`,
      id: jobId,
    })
    return applicationView(db, app, at, job)
  },
})
