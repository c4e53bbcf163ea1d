import { defineAction } from '../../runtime/action'
import { emptyInput } from '../../runtime/validate'

/** `user.communities` {} → the district's 街道, each with its 社区, in a fixed order. Errors: INTERNAL only. */
export const communities = defineAction({
  input: emptyInput,
  async handler({ db }) {
    const streets = (await db.query('streets')).sort((a, b) => a.order - b.order)
    const all = (await db.query('communities')).sort((a, b) => a.order - b.order)
    return streets
      .map((street) => ({
        street: street.name,
        communities: all.filter((c) => c.streetId === street._id).map((c) => ({ id: c._id, name: c.name })),
      }))
      .filter((street) => street.communities.length > 0)
  },
})
