import type { Employer } from '../../../contract/gigs'
import { employerApplicationInput } from '../../../contract/schemas/gigs'
import type { CloudTx, EmployerDoc, UserDoc } from '../../db/schema'
import { defineAction } from '../../runtime/action'
import { CloudError } from '../../runtime/errors'
import { employerView, notify, requireStaff } from './model'

/** The pending application staff of its community may decide (never their own), else the error. */
export async function pendingApplicationFor(
  tx: CloudTx,
  staff: UserDoc & { staffCommunityId: string },
  applicationId: string,
): Promise<EmployerDoc> {
  const e = await tx.get('employers', applicationId)
  if (!e) throw new CloudError('NOT_FOUND', '没有找到这份用工方申请')
  if (e.communityId !== staff.staffCommunityId) {
    throw new CloudError('PERMISSION_DENIED', '这份申请不属于你所在的社区')
  }
  if (e.openid === staff._id) {
    throw new CloudError('PERMISSION_DENIED', '不能审核自己的申请，请由本社区其他工作人员审核')
  }
  if (e.status !== 'pending') throw new CloudError('CONFLICT', '这份申请已经审核过了')
  return e
}

/**
 * `gigs.approveEmployer` (staff of the application's community) { applicationId } → Employer
 * (approved). The applicant gets the `employer` role bound to it (`bindings.employer = { employerId,
 * name }`, shown by `user.login`) and a notice. Nobody approves their own application.
 * Errors: PERMISSION_DENIED (not staff; another community; one's own), NOT_FOUND, CONFLICT (already
 * decided; the applicant has gone (注销) or meanwhile became a 用工方 otherwise — reject it then).
 */
export const approveEmployer = defineAction({
  input: employerApplicationInput,
  async handler({ db, openid, now }, { applicationId }): Promise<Employer> {
    const staff = await requireStaff(db, openid)
    const e = await pendingApplicationFor(db, staff, applicationId)
    const applicant = e.openid ? await db.get('users', e.openid) : null
    if (!applicant) throw new CloudError('CONFLICT', '申请人已注销，无法通过，请驳回')
    if (applicant.roles.includes('employer')) {
      throw new CloudError('CONFLICT', '申请人已经是其他用工方的身份，请驳回这份申请')
    }
    const at = now()
    const next: EmployerDoc = { ...e, status: 'approved', decidedAt: at, decidedBy: openid }
    await db.set('employers', next)
    await db.set('users', {
      ...applicant,
      roles: [...applicant.roles, 'employer'],
      bindings: { ...applicant.bindings, employer: { employerId: e._id, name: e.name } },
    })
    await notify(db, {
      audience: applicant._id,
      at,
      title: '用工方申请已通过',
      body: `「${e.name}」已通过社区审核，可以发布零工岗位了`,
      id: e._id,
    })
    return employerView(db, next, staff)
  },
})
