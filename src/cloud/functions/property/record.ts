import { recordInput } from '../../../contract/schemas/property'
import type { PropertyRecordDoc } from '../../db/schema'
import { defineAction } from '../../runtime/action'
import { CloudError } from '../../runtime/errors'
import { chinaMonth, estatesOf, recordView, requireCompany, requireStaffOf } from './model'

/**
 * `property.record` (staff of a community the company serves) { companyId, kind: 'good'|'bad',
 * points (1–10), reason (4–200, trimmed) } → the record, counted in the current China-time month
 * (good adds, bad subtracts its points from the month's score).
 * Errors: INVALID_ARGUMENT, PERMISSION_DENIED (not staff; a company not serving their community),
 * NOT_FOUND (company).
 */
export const record = defineAction({
  input: recordInput,
  async handler({ db, openid, now }, { companyId, kind, points, reason }) {
    const communityId = await requireStaffOf(db, openid, '只有社区工作人员可以记录物业的加分或扣分')
    const company = await requireCompany(db, companyId)
    if (!(await estatesOf(db, company._id)).some((e) => e.communityId === communityId)) {
      throw new CloudError('PERMISSION_DENIED', '这家物业企业不服务你所在社区的小区')
    }
    const at = now()
    const doc: PropertyRecordDoc = {
      _id: db.newId('pr'),
      companyId,
      month: chinaMonth(at),
      kind,
      points,
      reason,
      communityId,
      by: openid,
      at,
    }
    await db.insert('propertyRecords', doc)
    return recordView(db, doc)
  },
})
