import { defineAction } from '../../runtime/action'
import { emptyInput } from '../../runtime/validate'
import { dropPhotos, finishedWithPhotos, storageView } from '../grid/photos'

/**
 * `user.cleanPhotos` {} → StorageView & { removed }: removes from this device the photos of every
 * finished grid report (已办结 or 不予受理); the reports themselves stay. `removed` is how many
 * reports lost their photos. Errors: INTERNAL only.
 */
export const cleanPhotos = defineAction({
  input: emptyInput,
  async handler(ctx) {
    const space = ctx.space()
    const finished = await finishedWithPhotos(ctx.db, space)
    const freed = await dropPhotos(ctx.db, finished)
    return { ...storageView(space, 0, freed), removed: finished.length }
  },
})
