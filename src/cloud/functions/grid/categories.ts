import { GRID_CATEGORIES } from '../../../contract/grid'
import { defineAction } from '../../runtime/action'
import { emptyInput } from '../../runtime/validate'

/** `grid.categories` {} → `[{ id, name, hours }]`, hours being the resolve-by time. Errors: INTERNAL only. */
export const categories = defineAction({
  input: emptyInput,
  async handler() {
    return GRID_CATEGORIES
  },
})
