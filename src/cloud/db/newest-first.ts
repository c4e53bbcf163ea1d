import type { QueryOptions } from './database'
import type { CloudTx, Collections } from './schema'

type Name = keyof Collections & string

/**
 * The first `n` documents of `where` in list order "`field` newest first, ties by id" that come
 * after `from` and have `field` below `below`, possibly with a few more. It is one ordered, limited
 * read newest first; that read gives tied times in reverse id order, so the ties of the cursor's
 * time and of the last time read are read again by id.
 */
export async function newestFirst<K extends Name>(
  tx: CloudTx,
  collection: K,
  where: Partial<Collections[K]>,
  field: keyof Collections[K] & string,
  { below, from, n }: { below?: number; from?: { at: number; id: string }; n: number },
): Promise<Collections[K][]> {
  const tied = (at: number, after: string | undefined, limit: number) =>
    tx.query(collection, { ...where, [field]: at } as Partial<Collections[K]>, {
      orderBy: [['_id', 'asc']],
      after: after === undefined ? undefined : [after],
      limit,
    })
  const inside = from && (below === undefined || from.at < below) ? from : undefined
  const rows = inside ? await tied(inside.at, inside.id, n) : []
  const want = n - rows.length
  if (want <= 0) return rows
  const upper = inside ? inside.at : below
  const options = {
    range: upper === undefined ? undefined : { [field]: { lt: upper } },
    orderBy: [
      [field, 'desc'],
      ['_id', 'desc'],
    ],
    limit: want,
  } as QueryOptions<Collections[K]>
  const older = await tx.query(collection, where, options)
  if (older.length < want) return [...rows, ...older]
  const last = older[older.length - 1][field] as number
  const first = await tied(last, undefined, want)
  return [...rows, ...older.filter((doc) => doc[field] !== last), ...first]
}
