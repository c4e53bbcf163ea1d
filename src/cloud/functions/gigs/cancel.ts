import type { Job } from '../../../contract/gigs'
import { cancelInput } from '../../../contract/schemas/gigs'
import type { JobDoc } from '../../db/schema'
import { defineAction } from '../../runtime/action'
import { CloudError } from '../../runtime/errors'
import { findJob, jobView, mustBeEmployerOf, notify, requireEmployer, settle } from './model'

/**
 * `gigs.cancel` (the job's employer, before its start) { jobId, reason? (≤ 200) } → Job, status
 * `cancelled`: its pending and accepted applications are declined (reason: the employer cancelled)
 * and each applicant gets a notice.
 * Errors: PERMISSION_DENIED (not its employer), NOT_FOUND, WINDOW_CLOSED (started), CONFLICT
 * (rejected or already cancelled).
 */
export const cancel = defineAction({
  input: cancelInput,
  async handler({ db, openid, now }, { jobId, reason }): Promise<Job> {
    const { user } = await requireEmployer(db, openid)
    const at = now()
    const job = await settle(db, await findJob(db, jobId), at)
    mustBeEmployerOf(user, job)
    if (job.status === 'rejected' || job.status === 'cancelled') {
      throw new CloudError('CONFLICT', '这个岗位已经结束，无需取消')
    }
    if (at >= job.startAt) throw new CloudError('WINDOW_CLOSED', '岗位已经开始，不能再取消')
    const why = reason ? `用工方已取消岗位：${reason}` : '用工方已取消岗位'
    const next: JobDoc = { ...job, status: 'cancelled', cancelledAt: at, accepted: 0 }
    for (const app of await db.query('gigApplications', { jobId })) {
      if (app.status !== 'pending' && app.status !== 'accepted') continue
      await db.set('gigApplications', { ...app, status: 'declined', decidedAt: at, reason: why })
      await notify(db, {
        audience: app.openid,
        at,
        title: '零工岗位已取消',
        body: `「${job.title}」${why}`,
        id: jobId,
      })
    }
    await db.set('jobs', next)
    return jobView(db, next, user, at)
  },
})
