import { PROPERTY_RULES as R, type Monthly } from '../../../contract/property'
import { historyInput } from '../../../contract/schemas/property'
import { defineAction } from '../../runtime/action'
import { addMonths, chinaMonth, monthlyOf, requireCompany } from './model'

/**
 * `property.history` { companyId, months? (1–24, default 12) } → Monthly[] of the last ended months,
 * oldest first (months before the company's first are left out). Public.
 * Errors: INVALID_ARGUMENT, NOT_FOUND (company).
 */
export const history = defineAction({
  input: historyInput,
  async handler({ db, now }, { companyId, months = R.historyDefault }) {
    const company = await requireCompany(db, companyId)
    const at = now()
    const current = chinaMonth(at)
    const out: Monthly[] = []
    for (let n = months; n >= 1; n--) {
      const month = addMonths(current, -n)
      if (month >= company.since) out.push(await monthlyOf(db, company, month, at))
    }
    return out
  },
})
