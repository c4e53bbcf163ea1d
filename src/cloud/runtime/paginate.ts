import type { Page, PageQuery } from '../../contract/envelope'
import { CloudError } from './errors'

export const DEFAULT_PAGE_SIZE = 20

export type KeyPart = string | number
export type Direction = 'asc' | 'desc'

/**
 * A list's order as a key per item, compared part by part; the last part must be unique (the id),
 * so the order is total and a cursor names one position even after its item has gone.
 */
export interface Keyset<T> {
  key: (item: T) => KeyPart[]
  order: readonly Direction[]
}

const STALE = '分页位置已失效，请刷新列表'

function comparePart(a: KeyPart, b: KeyPart): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b
  const x = String(a)
  const y = String(b)
  return x < y ? -1 : x > y ? 1 : 0
}

export function compareKeys(
  a: readonly KeyPart[],
  b: readonly KeyPart[],
  order: readonly Direction[],
): number {
  for (let i = 0; i < order.length; i += 1) {
    const diff = comparePart(a[i], b[i])
    if (diff !== 0) return order[i] === 'desc' ? -diff : diff
  }
  return 0
}

export const encodeCursor = (key: readonly KeyPart[]): string => JSON.stringify(key)

/** The key a cursor names; one this list did not give (wrong shape or types) is INVALID_ARGUMENT. */
export function decodeCursor(
  cursor: string,
  order: readonly Direction[],
  sample?: readonly KeyPart[],
): KeyPart[] {
  let parsed: unknown
  try {
    parsed = JSON.parse(cursor)
  } catch {
    throw new CloudError('INVALID_ARGUMENT', STALE)
  }
  const valid =
    Array.isArray(parsed) &&
    parsed.length === order.length &&
    parsed.every(
      (part, i) =>
        (typeof part === 'string' || (typeof part === 'number' && Number.isFinite(part))) &&
        (sample === undefined || typeof part === typeof sample[i]),
    )
  if (!valid) throw new CloudError('INVALID_ARGUMENT', STALE)
  return parsed as KeyPart[]
}

/**
 * Keyset paging: sorts `items` by `keyset` and returns the `limit` items after the cursor's key.
 * The cursor is the last item's key, so it stays valid whatever happens to that item; in an order
 * whose keys do not change, nothing that stayed in the list is skipped or repeated.
 */
export function paginate<T>(items: readonly T[], keyset: Keyset<T>, query: PageQuery): Page<T> {
  const limit = query.limit ?? DEFAULT_PAGE_SIZE
  const keyed = items.map((item) => ({ item, key: keyset.key(item) }))
  keyed.sort((a, b) => compareKeys(a.key, b.key, keyset.order))
  let rest = keyed
  if (query.cursor !== undefined) {
    const after = decodeCursor(query.cursor, keyset.order, keyed[0]?.key)
    rest = keyed.filter((entry) => compareKeys(entry.key, after, keyset.order) > 0)
  }
  const page = rest.slice(0, limit)
  const last = page[page.length - 1]
  return {
    items: page.map((entry) => entry.item),
    nextCursor: last && rest.length > limit ? encodeCursor(last.key) : null,
  }
}

/** A ranked list's position [rank, key, id] from its cursor; undefined when the parts have other types (paginate then refuses the cursor). */
export function rankedPosition(cursor: string): [rank: number, key: number, id: string] | undefined {
  const [rank, key, id] = decodeCursor(cursor, ['asc', 'asc', 'asc'])
  return typeof rank === 'number' && typeof key === 'number' && typeof id === 'string'
    ? [rank, key, id]
    : undefined
}
