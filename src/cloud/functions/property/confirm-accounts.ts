import { accountsInput } from '../../../contract/schemas/property'
import { defineAction } from '../../runtime/action'
import { CloudError } from '../../runtime/errors'
import { accountId, accountsView } from './accounts-view'
import { requireEstate, requireStaffOf } from './model'

/**
 * `property.confirmAccounts` (staff of the 小区's community) { estateId, month } → the accounts,
 * confirmed: from now on residents see them. Four eyes: never by the person who entered them (one
 * person may hold both roles).
 * Errors: INVALID_ARGUMENT, PERMISSION_DENIED (not staff of the community; the one who entered them),
 * NOT_FOUND (小区; nothing entered for the month), CONFLICT (already confirmed).
 */
export const confirmAccounts = defineAction({
  input: accountsInput,
  async handler({ db, openid, now }, { estateId, month }) {
    const communityId = await requireStaffOf(db, openid, '只有社区工作人员可以确认物业收支')
    const estate = await requireEstate(db, estateId)
    if (estate.communityId !== communityId)
      throw new CloudError('PERMISSION_DENIED', '这个小区不属于你所在的社区')
    const doc = await db.get('propertyAccounts', accountId(estateId, month))
    if (!doc) throw new CloudError('NOT_FOUND', '物业尚未录入该月收支')
    if (doc.enteredBy === openid) {
      throw new CloudError('PERMISSION_DENIED', '录入人不能确认自己录入的收支，请由社区其他工作人员确认')
    }
    if (doc.confirmed) throw new CloudError('CONFLICT', '该月收支已经确认公开')
    await db.set('propertyAccounts', { ...doc, confirmed: true, confirmedBy: openid, confirmedAt: now() })
    return accountsView(db, estate, month, true, openid)
  },
})
