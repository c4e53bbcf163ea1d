import type { Employer } from '../../../contract/gigs'
import { rejectEmployerInput } from '../../../contract/schemas/gigs'
import type { EmployerDoc } from '../../db/schema'
import { defineAction } from '../../runtime/action'
import { pendingApplicationFor } from './approve-employer'
import { employerView, notify, requireStaff } from './model'

/**
 * `gigs.rejectEmployer` (staff of the application's community) { applicationId, reason (2–200) } →
 * Employer (rejected, with the reason; the applicant gets a notice and may apply again). Nobody
 * rejects their own application either.
 * Errors: INVALID_ARGUMENT (reason), PERMISSION_DENIED (not staff; another community; one's own),
 * NOT_FOUND, CONFLICT (already decided).
 */
export const rejectEmployer = defineAction({
  input: rejectEmployerInput,
  async handler({ db, openid, now }, { applicationId, reason }): Promise<Employer> {
    const staff = await requireStaff(db, openid)
    const e = await pendingApplicationFor(db, staff, applicationId)
    const at = now()
    const next: EmployerDoc = { ...e, status: 'rejected', decidedAt: at, decidedBy: openid, reason }
    await db.set('employers', next)
    await notify(db, {
      audience: e.openid,
      at,
      title: '用工方申请未通过',
      body: `「${e.name}」未通过社区审核：${reason}`,
      id: e._id,
    })
    return employerView(db, next, staff)
  },
})
