import { monthlyInput } from '../../../contract/schemas/property'
import { defineAction } from '../../runtime/action'
import { monthlyOf, requireCompany } from './model'

/**
 * `property.monthly` { companyId, month } → Monthly (see model.ts `computeMonthly` for the formula):
 * computed on the first read after the month ends and stored; with the 物业's reply if any. Public.
 * Errors: INVALID_ARGUMENT, NOT_FOUND (company; a month before the company's first), WINDOW_CLOSED
 * (the month has not ended, China time).
 */
export const monthly = defineAction({
  input: monthlyInput,
  async handler({ db, now }, { companyId, month }) {
    return monthlyOf(db, await requireCompany(db, companyId), month, now())
  },
})
