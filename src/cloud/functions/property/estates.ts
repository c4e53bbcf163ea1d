import { estatesInput } from '../../../contract/schemas/property'
import { defineAction } from '../../runtime/action'
import { estateView } from './model'

/**
 * `property.estates` { communityId? } → `[{ id, name, communityId, community, companyId, company }]`:
 * the 小区 of a community (no filter: all), in seed order. Public. Errors: INVALID_ARGUMENT.
 */
export const estates = defineAction({
  input: estatesInput,
  async handler({ db }, { communityId }) {
    const docs = (await db.query('estates', communityId ? { communityId } : {})).sort(
      (a, b) => a.order - b.order,
    )
    const views = []
    for (const doc of docs) views.push(await estateView(db, doc))
    return views
  },
})
