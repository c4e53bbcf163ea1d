import * as v from 'valibot'

import type { NewsItem } from '../../../contract/user'
import { defineAction } from '../../runtime/action'
import { paginate } from '../../runtime/paginate'
import { pageQuery } from '../../runtime/validate'

/**
 * `news.list` { street? (a 街道 name), cursor?, limit? (1–50, default 20) } → a page of 街道动态,
 * newest first. An unknown street gives an empty page.
 * Errors: INVALID_ARGUMENT (street, limit, a cursor this list did not give).
 */
export const list = defineAction({
  input: v.object({
    street: v.optional(v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(20))),
    ...pageQuery,
  }),
  async handler({ db }, { street, ...page }) {
    const news = await db.query('news', street === undefined ? {} : { street })
    const items: NewsItem[] = news.map(({ _id, street, title, summary, publishedAt }) => ({
      id: _id,
      street,
      title,
      summary,
      publishedAt,
    }))
    return paginate(items, { key: (item) => [item.publishedAt, item.id], order: ['desc', 'desc'] }, page)
  },
})
