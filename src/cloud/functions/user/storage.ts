import { defineAction } from '../../runtime/action'
import { emptyInput } from '../../runtime/validate'
import { finishedWithPhotos, storageView } from '../grid/photos'

/**
 * `user.storage` {} → StorageView: how much of this device's storage the app's data takes (bytes,
 * UTF-8), the limit (WeChat's `limitSize`, else 5,000,000 as H5 localStorage), photo bytes, and
 * from 80% on a `warning` in plain words that says what to do. Errors: INTERNAL only.
 */
export const storage = defineAction({
  input: emptyInput,
  async handler(ctx) {
    const space = ctx.space()
    return storageView(space, (await finishedWithPhotos(ctx.db, space)).length)
  },
})
