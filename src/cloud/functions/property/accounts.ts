import { accountsInput } from '../../../contract/schemas/property'
import { defineAction } from '../../runtime/action'
import { accountsView, seesUnconfirmed } from './accounts-view'
import { requireEstate } from './model'

/**
 * `property.accounts` { estateId, month } → `{ estateId, estate, companyId, company, month, income,
 * spending, balance, confirmed, entered, questions }` (amounts in fen): a 小区's property fund in a
 * month. Residents (anyone but the company's 物业 and the community's staff) see confirmed months
 * only — an unconfirmed month answers empty (`confirmed: false`, `entered: false`). Public.
 * Errors: INVALID_ARGUMENT, NOT_FOUND (小区).
 */
export const accounts = defineAction({
  input: accountsInput,
  async handler({ db, openid }, { estateId, month }) {
    const estate = await requireEstate(db, estateId)
    return accountsView(db, estate, month, await seesUnconfirmed(db, openid, estate), openid)
  },
})
