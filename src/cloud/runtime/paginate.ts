import type { Page, PageQuery } from '../../contract/envelope'
import { CloudError } from './errors'

export const DEFAULT_PAGE_SIZE = 20

/** Pages an already sorted list; the cursor is the id of the last item of the previous page. */
export function paginate<T>(items: T[], idOf: (item: T) => string, query: PageQuery): Page<T> {
  const limit = query.limit ?? DEFAULT_PAGE_SIZE
  let start = 0
  if (query.cursor !== undefined) {
    const index = items.findIndex((item) => idOf(item) === query.cursor)
    if (index < 0) throw new CloudError('INVALID_ARGUMENT', '分页位置已失效，请刷新列表')
    start = index + 1
  }
  const page = items.slice(start, start + limit)
  const last = page[page.length - 1]
  return { items: page, nextCursor: last && start + limit < items.length ? idOf(last) : null }
}
