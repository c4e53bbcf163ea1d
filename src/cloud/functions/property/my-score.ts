import { companyInput } from '../../../contract/schemas/property'
import { defineAction } from '../../runtime/action'
import { chinaMonth, myScoreView, requireCompany } from './model'

/**
 * `property.myScore` { companyId } → `{ companyId, month, items, comment?, at }`: the caller's score
 * of the company for the current China-time month, or null. Errors: INVALID_ARGUMENT, NOT_FOUND.
 */
export const myScore = defineAction({
  input: companyInput,
  async handler({ db, openid, now }, { companyId }) {
    await requireCompany(db, companyId)
    const [doc] = await db.query(
      'propertyScores',
      { companyId, month: chinaMonth(now()), openid },
      { limit: 1 },
    )
    return doc ? myScoreView(doc) : null
  },
})
