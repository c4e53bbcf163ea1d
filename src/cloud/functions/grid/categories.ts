import { defineAction } from '../../runtime/action'
import { emptyInput } from '../../runtime/validate'
import { CATEGORIES } from './tickets'

/** `grid.categories` {} → `[{ id, name, hours }]`, hours being the resolve-by time. Errors: INTERNAL only. */
export const categories = defineAction({
  input: emptyInput,
  async handler() {
    return CATEGORIES
  },
})
