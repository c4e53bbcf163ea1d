import type { Application } from '../../../contract/gigs'
import { applicationInput } from '../../../contract/schemas/gigs'
import type { GigApplicationDoc } from '../../db/schema'
import { defineAction } from '../../runtime/action'
import { CloudError } from '../../runtime/errors'
import { applicationView, findApplication, requireResident } from './model'

/**
 * `gigs.withdraw` (the applicant) { applicationId } → Application (`withdrawn`), only while
 * pending (once accepted, declined or withdrawn: CONFLICT). A withdrawn application cannot be
 * accepted, and the job cannot be applied to again.
 * Errors: PROFILE_REQUIRED, NOT_FOUND, PERMISSION_DENIED (someone else's), CONFLICT.
 */
export const withdraw = defineAction({
  input: applicationInput,
  async handler(ctx, { applicationId }): Promise<Application> {
    await requireResident(ctx)
    const app = await findApplication(ctx.db, applicationId)
    if (app.openid !== ctx.openid) throw new CloudError('PERMISSION_DENIED', '这不是你的报名')
    if (app.status !== 'pending') throw new CloudError('CONFLICT', '只有待确认的报名可以撤回')
    const at = ctx.now()
    const next: GigApplicationDoc = { ...app, status: 'withdrawn', decidedAt: at }
    await ctx.db.set('gigApplications', next)
    return applicationView(ctx.db, next, at)
  },
})
