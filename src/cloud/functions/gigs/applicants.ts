import type { Applicant } from '../../../contract/gigs'
import { jobInput } from '../../../contract/schemas/gigs'
import { defineAction } from '../../runtime/action'
import { cardView, findJob, maskName, mustBeEmployerOf, workRecord } from './model'

/**
 * `gigs.applicants` (the job's employer only) { jobId } → `[{ applicationId, nameMasked, card,
 * record: { done, noshow, rating }, status, message, appliedAt, byEmployer?, byWorker? }]`, oldest
 * application first. Names are masked (已注销用户 for one who has gone); no phone. Anyone else —
 * applicants, staff included — is PERMISSION_DENIED: applicants never see each other.
 * Errors: NOT_FOUND, PERMISSION_DENIED.
 */
export const applicants = defineAction({
  input: jobInput,
  async handler({ db, openid }, { jobId }): Promise<Applicant[]> {
    const user = await db.get('users', openid)
    const job = await findJob(db, jobId)
    mustBeEmployerOf(user, job)
    const apps = (await db.query('gigApplications', { jobId })).sort(
      (a, b) => a.appliedAt - b.appliedAt || (a._id < b._id ? -1 : 1),
    )
    const rows: Applicant[] = []
    for (const app of apps) {
      const worker = app.openid ? await db.get('users', app.openid) : null
      const card = app.openid ? await db.get('gigCards', app.openid) : null
      const row: Applicant = {
        applicationId: app._id,
        nameMasked: worker?.profile ? maskName(worker.profile.name) : '已注销用户',
        card: card ? cardView(card) : null,
        record: app.openid ? await workRecord(db, app.openid) : { done: 0, noshow: 0, rating: null },
        status: app.status,
        message: app.message,
        appliedAt: app.appliedAt,
      }
      if (app.byEmployer) row.byEmployer = { ...app.byEmployer }
      if (app.byWorker) row.byWorker = { ...app.byWorker }
      rows.push(row)
    }
    return rows
  },
})
