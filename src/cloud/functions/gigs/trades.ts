import { GIG_TRADES, type Trade } from '../../../contract/gigs'
import { defineAction } from '../../runtime/action'
import { emptyInput } from '../../runtime/validate'

/**
 * `gigs.trades` {} → `[{ id, name, guidePrice: { amount (元), unit: 'hour'|'day'|'piece' } }]`: 维修,
 * 疏通, 家电, 保洁, 配送, 保姆月嫂, 搬家, 其他, with the district's guide prices (demo figures, see
 * GIG_TRADES). Readable by anyone. Errors: none.
 */
export const trades = defineAction({
  input: emptyInput,
  async handler(): Promise<Trade[]> {
    return GIG_TRADES.map((t) => ({ ...t, guidePrice: { ...t.guidePrice } }))
  },
})
