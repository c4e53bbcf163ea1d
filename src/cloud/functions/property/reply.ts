import { replyInput } from '../../../contract/schemas/property'
import { defineAction } from '../../runtime/action'
import { monthlyId, monthlyOf, requireCompany, requireProperty } from './model'

/**
 * `property.reply` (物业 of the company) { month, text (10–500, trimmed) } → Monthly with `reply`:
 * the company's public reply and improvement plan for an ended month (a later reply replaces it).
 * Errors: INVALID_ARGUMENT, PERMISSION_DENIED (not 物业), NOT_FOUND (a month before the company's
 * first), WINDOW_CLOSED (the month has not ended).
 */
export const reply = defineAction({
  input: replyInput,
  async handler({ db, openid, now }, { month, text }) {
    const user = await requireProperty(db, openid)
    const company = await requireCompany(db, user.bindings!.property!.companyId)
    const at = now()
    await monthlyOf(db, company, month, at)
    const id = monthlyId(company._id, month)
    await db.set('propertyReplies', { _id: id, companyId: company._id, month, text, by: openid, at })
    return monthlyOf(db, company, month, at)
  },
})
