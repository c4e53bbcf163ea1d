import type { CompanySummary } from '../../../contract/property'
import { companiesInput } from '../../../contract/schemas/property'
import { defineAction } from '../../runtime/action'
import { addMonths, allCompanies, chinaMonth, estatesOf, monthlyOf } from './model'

/**
 * `property.companies` { streetId? } → `[{ id, name, estates: [{ id, name }], last: Monthly | null }]`:
 * the companies serving a 小区 of the 街道 (no filter: all), with the result of the last ended month
 * (computed and stored on its first read; null before the company's first month). Public.
 * Errors: INVALID_ARGUMENT.
 */
export const companies = defineAction({
  input: companiesInput,
  async handler({ db, now }, { streetId }) {
    const at = now()
    const lastMonth = addMonths(chinaMonth(at), -1)
    const out: CompanySummary[] = []
    for (const company of await allCompanies(db)) {
      const estates = await estatesOf(db, company._id)
      if (streetId && !estates.some((e) => e.streetId === streetId)) continue
      out.push({
        id: company._id,
        name: company.name,
        estates: estates.map((e) => ({ id: e._id, name: e.name })),
        last: lastMonth < company.since ? null : await monthlyOf(db, company, lastMonth, at),
      })
    }
    return out
  },
})
