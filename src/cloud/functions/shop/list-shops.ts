import type { Shop } from '../../../contract/shop'
import { defineAction } from '../../runtime/action'
import { emptyInput } from '../../runtime/validate'

/** `shop.listShops` {} → the partner shops with their 街道, address and opening hours. Errors: INTERNAL only. */
export const listShops = defineAction({
  input: emptyInput,
  async handler({ db }): Promise<Shop[]> {
    const streets = new Map((await db.query('streets')).map((s) => [s._id, s.name]))
    return (await db.query('shops')).map((shop) => ({
      id: shop._id,
      name: shop.name,
      street: streets.get(shop.streetId) ?? '',
      address: shop.address,
      hours: shop.hours,
    }))
  },
})
