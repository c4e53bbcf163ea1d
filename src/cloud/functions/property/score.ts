import { scoreInput } from '../../../contract/schemas/property'
import type { PropertyScoreDoc } from '../../db/schema'
import { defineAction } from '../../runtime/action'
import { CloudError } from '../../runtime/errors'
import { chinaMonth, myScoreView, propertyCompanyId, requireCompany } from './model'

/**
 * `property.score` { companyId, items: { cleaning, order, repair, greening, openness } (integers 1–5),
 * comment? (≤ 200, trimmed) } → my score for the current China-time month. Only a real-name resident
 * whose profile's 小区 the company serves; never anyone holding the 物业 role for that company. One
 * score per (company, month, resident): a second call in the month replaces the first (its time too).
 * No points are paid for scoring.
 * Errors: INVALID_ARGUMENT, PROFILE_REQUIRED, PERMISSION_DENIED (no 小区 in the profile, a 小区 the
 * company does not serve — an unknown company too — or the company's own 物业).
 */
export const score = defineAction({
  input: scoreInput,
  async handler({ db, openid, now }, { companyId, items, comment }) {
    const user = await db.get('users', openid)
    if (!user?.profile) throw new CloudError('PROFILE_REQUIRED')
    if (propertyCompanyId(user) === companyId) {
      throw new CloudError('PERMISSION_DENIED', '物业企业的账号不能给本企业评分')
    }
    const estateId = user.profile.estateId
    if (!estateId) throw new CloudError('PERMISSION_DENIED', '请先在个人资料中选择所在小区')
    const estate = await db.get('estates', estateId)
    if (estate?.companyId !== companyId) {
      throw new CloudError('PERMISSION_DENIED', '只能为服务你所在小区的物业企业评分')
    }
    await requireCompany(db, companyId)
    const at = now()
    const month = chinaMonth(at)
    const [existing] = await db.query('propertyScores', { companyId, month, openid }, { limit: 1 })
    const doc: PropertyScoreDoc = {
      _id: existing?._id ?? db.newId('ps'),
      companyId,
      month,
      openid,
      items: {
        cleaning: items.cleaning,
        order: items.order,
        repair: items.repair,
        greening: items.greening,
        openness: items.openness,
      },
      ...(comment ? { comment } : {}),
      at,
    }
    await db.set('propertyScores', doc)
    return myScoreView(doc)
  },
})
