import type { Monthly } from '../../../contract/property'
import { boardInput } from '../../../contract/schemas/property'
import { defineAction } from '../../runtime/action'
import { CloudError } from '../../runtime/errors'
import { allCompanies, estatesOf, hasEnded, monthlyOf } from './model'

/**
 * `property.board` { streetId?, month } → `{ month, red (AAA), black (C), all }`: the month's results
 * of the companies serving a 小区 of the 街道 (no filter: all), highest score first (ties by name);
 * companies not yet here that month are left out. Public.
 * Errors: INVALID_ARGUMENT, NOT_FOUND (街道), WINDOW_CLOSED (the month has not ended).
 */
export const board = defineAction({
  input: boardInput,
  async handler({ db, now }, { streetId, month }) {
    if (streetId && !(await db.get('streets', streetId)))
      throw new CloudError('NOT_FOUND', '没有找到这个街道')
    const at = now()
    if (!hasEnded(month, at)) throw new CloudError('WINDOW_CLOSED', '本月尚未结束，红黑榜在下月初公布')
    const all: Monthly[] = []
    for (const company of await allCompanies(db)) {
      if (month < company.since) continue
      if (streetId && !(await estatesOf(db, company._id)).some((e) => e.streetId === streetId)) continue
      all.push(await monthlyOf(db, company, month, at))
    }
    all.sort((a, b) => b.score - a.score || a.company.localeCompare(b.company, 'zh'))
    return {
      month,
      red: all.filter((m) => m.grade === 'AAA'),
      black: all.filter((m) => m.grade === 'C'),
      all,
    }
  },
})
