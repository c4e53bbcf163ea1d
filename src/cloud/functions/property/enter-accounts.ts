import { INCOME_CATEGORIES, SPENDING_CATEGORIES } from '../../../contract/property'
import { enterAccountsInput } from '../../../contract/schemas/property'
import { defineAction } from '../../runtime/action'
import { CloudError } from '../../runtime/errors'
import { accountId, accountsView } from './accounts-view'
import { chinaMonth, requireEstate, requireProperty } from './model'

const inOrder = <T extends { category: string }>(lines: T[], order: { id: string }[]) =>
  [...lines].sort(
    (a, b) => order.findIndex((c) => c.id === a.category) - order.findIndex((c) => c.id === b.category),
  )

/**
 * `property.enterAccounts` (物业 of the 小区's company) { estateId, month (not after the current
 * one), income: [{ category: 'fee'|'public', amount }], spending: [{ category: 'cleaning'|'order'|
 * 'repair'|'greening'|'other', amount }] } → the accounts as the 物业 sees them (unconfirmed).
 * Amounts are fen (分), integers 0–10^10; each category at most once. Entering again before staff
 * confirm replaces the month's lines.
 * Errors: INVALID_ARGUMENT, PERMISSION_DENIED (not 物业 of the company), NOT_FOUND (小区), CONFLICT
 * (already confirmed), WINDOW_CLOSED (a month still to come).
 */
export const enterAccounts = defineAction({
  input: enterAccountsInput,
  async handler({ db, openid, now }, { estateId, month, income, spending }) {
    const estate = await db.get('estates', estateId)
    await requireProperty(db, openid, estate?.companyId)
    await requireEstate(db, estateId)
    const at = now()
    const id = accountId(estateId, month)
    const existing = await db.get('propertyAccounts', id)
    if (existing?.confirmed) throw new CloudError('CONFLICT', '该月收支已经社区确认公开，不能再修改')
    if (month > chinaMonth(at)) throw new CloudError('WINDOW_CLOSED', '不能录入还没到的月份')
    await db.set('propertyAccounts', {
      _id: id,
      estateId,
      month,
      income: inOrder(income, INCOME_CATEGORIES),
      spending: inOrder(spending, SPENDING_CATEGORIES),
      enteredBy: openid,
      enteredAt: at,
      confirmed: false,
      confirmedBy: null,
    })
    return accountsView(db, estate!, month, true, openid)
  },
})
