import { GIG_RULES, type Application } from '../../../contract/gigs'
import { completeInput } from '../../../contract/schemas/gigs'
import type { GigApplicationDoc } from '../../db/schema'
import { issuerAccountId } from '../../ledger/accounts'
import { createTransfer } from '../../ledger/transfers'
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
 * `gigs.complete` (the job's employer, from the job's start) { applicationId, outcome: 'done'|
 * 'noshow' } → Application. Only an accepted application (anything else: CONFLICT; so of two
 * concurrent completes the second finds it done). `done` posts the worker's points once:
 * GIG_RULES.donePoints (10) 信用+ points from the 街道's fund (issuerAccountId(job's street), kind
 * earn, ref { type: 'gig', id: applicationId }, reason 零工「<title>」完成) — none for a worker who
 * has gone (注销). Both outcomes count on the worker's record. The worker gets a notice.
 * Errors: PERMISSION_DENIED (not its employer), NOT_FOUND, WINDOW_CLOSED (before the start), CONFLICT.
 */
export const complete = defineAction({
  input: completeInput,
  async handler({ db, openid, now }, { applicationId, outcome }): Promise<Application> {
    const { user } = await requireEmployer(db, openid)
    const app = await findApplication(db, applicationId)
    mustBeEmployerOf(user, app)
    const at = now()
    const job = await settle(db, await findJob(db, app.jobId), at)
    if (at < job.startAt) throw new CloudError('WINDOW_CLOSED', '岗位开始后才能确认完成情况')
    if (app.status !== 'accepted') {
      throw new CloudError(
        'CONFLICT',
        app.status === 'done' || app.status === 'noshow' ? '已经确认过了' : '只能确认已录用的人员',
      )
    }
    const next: GigApplicationDoc = { ...app, status: outcome, completedAt: at }
    const worker = app.openid ? await db.get('users', app.openid) : null
    if (outcome === 'done' && worker && !app.transferId) {
      const transfer = await createTransfer(db, {
        debitAccountId: issuerAccountId(job.streetId),
        creditAccountId: worker.accountId,
        amount: GIG_RULES.donePoints,
        kind: 'earn',
        reason: `零工「${job.title}」完成`,
        ref: { type: 'gig', id: app._id },
        at,
      })
      next.transferId = transfer._id
      next.points = GIG_RULES.donePoints
    }
    await db.set('gigApplications', next)
    await notify(db, {
      audience: app.openid,
      at,
      title: outcome === 'done' ? '零工已完成' : '零工记为未到岗',
      body:
        outcome === 'done'
          ? `「${job.title}」已确认完成${next.points ? `，获得 ${next.points} 信用+ 积分` : ''}，别忘了评价用工方`
          : `「${job.title}」用工方记录你未到岗`,
      id: job._id,
    })
    return applicationView(db, next, at, job)
  },
})
