import type { Employer } from '../../../contract/gigs'
import { applyEmployerInput } from '../../../contract/schemas/gigs'
import type { EmployerDoc } from '../../db/schema'
import { defineAction } from '../../runtime/action'
import { CloudError } from '../../runtime/errors'
import { employerView, findCommunity, notify, requireResident } from './model'

/**
 * `gigs.applyEmployer` { name (2–30), kind: 'shop'|'company'|'household', communityId, contact (the
 * business line: a mainland mobile or a landline with area code, e.g. 0537-1234567) } → Employer
 * with status `pending` (the application; `id` stays the employer's once approved). A real-name
 * resident applies for the community where they employ; its staff get a notice. One at a time: a
 * caller who is already a 用工方, or has an application pending, is CONFLICT.
 * Errors: INVALID_ARGUMENT, PROFILE_REQUIRED, NOT_FOUND (community), CONFLICT.
 */
export const applyEmployer = defineAction({
  input: applyEmployerInput,
  async handler(ctx, { name, kind, communityId, contact }): Promise<Employer> {
    const { db, openid } = ctx
    const user = await requireResident(ctx)
    const community = await findCommunity(db, communityId)
    if (user.roles.includes('employer')) throw new CloudError('CONFLICT', '你已经是用工方了，无需再申请')
    const mine = await db.query('employers', { openid })
    if (mine.some((e) => e.status === 'pending')) {
      throw new CloudError('CONFLICT', '你已有一份用工方申请正在审核，请耐心等待')
    }
    const at = ctx.now()
    const doc: EmployerDoc = {
      _id: db.newId('emp'),
      name,
      kind,
      communityId,
      streetId: community.streetId,
      contact,
      openid,
      status: 'pending',
      appliedAt: at,
      ratingSum: 0,
      ratingCount: 0,
    }
    await db.insert('employers', doc)
    await notify(db, {
      audience: `staff:${communityId}`,
      at,
      title: '有用工方申请待审核',
      body: `「${name}」申请成为${community.name}的用工方`,
      id: doc._id,
    })
    return employerView(db, doc, user)
  },
})
