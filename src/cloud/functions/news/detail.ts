import * as v from 'valibot'

import { defineAction } from '../../runtime/action'
import { CloudError } from '../../runtime/errors'

/**
 * `news.detail` { id } → the item with its `body` (kept in the item, or for the seed's items in
 * `newsBodies`). Errors: INVALID_ARGUMENT (id), NOT_FOUND.
 */
export const detail = defineAction({
  input: v.object({ id: v.pipe(v.string('缺少编号'), v.minLength(1), v.maxLength(40)) }),
  async handler({ db }, { id }) {
    const item = await db.get('news', id)
    if (!item) throw new CloudError('NOT_FOUND', '这条动态不存在或已下线')
    const { _id, street, title, summary, publishedAt } = item
    const body = item.body ?? (await db.get('newsBodies', id))?.body ?? ''
    return { id: _id, street, title, summary, body, publishedAt }
  },
})
