/**
 * Declared secondary indexes over the committed documents, as a SQL database keeps them: an index
 * on (f1, …, fk) orders a collection's documents by those fields and then `_id`. A query binds a
 * prefix of the fields by equality, optionally bounds the next one by a range, and reads in index
 * order when its `orderBy` follows the rest of the fields. The database calls `rebuild` when it
 * loads or empties its data and `apply` in every commit with the documents that commit changed,
 * so the indexes never disagree with the data.
 */

export type Value = string | number | boolean | null | undefined
export type Direction = 'asc' | 'desc'
export type OrderBy = readonly (readonly [field: string, direction: Direction])[]

export interface Range {
  gt?: string | number
  gte?: string | number
  lt?: string | number
  lte?: string | number
}

/** Index declarations per collection: each an ordered list of top-level fields. */
export type IndexSpecs = Readonly<Record<string, readonly (readonly string[])[]>>

interface Entry {
  /** The indexed fields' values, then the id. */
  key: Value[]
  id: string
}

interface Index {
  fields: readonly string[]
  entries: Entry[]
}

/** How a query reads an index: the entries in [lo, hi), in order (or reversed), keyed as `orderKey`. */
export interface Plan {
  index: Index
  lo: number
  hi: number
  /** The query's `orderBy` follows the index: entries come out in the requested order. */
  ordered: boolean
  reverse: boolean
  /** Where each `orderBy` field sits in an entry's key (ordered plans only). */
  orderPositions: number[]
}

const rank = (v: Value): number =>
  v === undefined ? 0 : v === null ? 1 : typeof v === 'number' ? 2 : typeof v === 'string' ? 3 : 4

/** One total order over indexable values: missing < null < numbers < strings < booleans. */
export function compareValues(a: Value, b: Value): number {
  const ra = rank(a)
  const rb = rank(b)
  if (ra !== rb) return ra - rb
  if (typeof a === 'number' && typeof b === 'number') return a - b
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b)
  return 0
}

function compareKeys(a: readonly Value[], b: readonly Value[]): number {
  const n = Math.min(a.length, b.length)
  for (let i = 0; i < n; i += 1) {
    const diff = compareValues(a[i], b[i])
    if (diff !== 0) return diff
  }
  return 0
}

/** A value an index can hold; anything else (objects, arrays) indexes as missing. */
const indexable = (v: unknown): Value =>
  v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? v : undefined

export function inRange(value: unknown, range: Range): boolean {
  const v = indexable(value)
  if (typeof v !== 'string' && typeof v !== 'number') return false
  if (range.gt !== undefined && compareValues(v, range.gt) <= 0) return false
  if (range.gte !== undefined && compareValues(v, range.gte) < 0) return false
  if (range.lt !== undefined && compareValues(v, range.lt) >= 0) return false
  if (range.lte !== undefined && compareValues(v, range.lte) > 0) return false
  return true
}

/** First position whose key's first `probe.length` parts compare ≥ probe (or > probe when `after`). */
function bound(
  entries: Entry[],
  probe: readonly Value[],
  after: boolean,
  lo = 0,
  hi = entries.length,
): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    const diff = compareKeys(entries[mid].key, probe)
    if (diff < 0 || (after && diff === 0)) lo = mid + 1
    else hi = mid
  }
  return lo
}

const keyOf = (fields: readonly string[], doc: Record<string, unknown>, id: string): Value[] => [
  ...fields.map((f) => indexable(doc[f])),
  id,
]

const sortEntries = (entries: Entry[]) => entries.sort((a, b) => compareKeys(a.key, b.key))

export function createIndexes(specs: IndexSpecs) {
  const byCollection = new Map<string, Index[]>()
  const indexesOf = (name: string): Index[] => {
    let found = byCollection.get(name)
    if (!found) {
      found = (specs[name] ?? []).map((fields) => ({ fields, entries: [] }))
      byCollection.set(name, found)
    }
    return found
  }

  function rebuildCollection(name: string, docs: ReadonlyMap<string, string> | undefined): void {
    const indexes = indexesOf(name)
    if (indexes.length === 0) return
    const parsed = [...(docs ?? [])].map(
      ([id, raw]) => [id, JSON.parse(raw) as Record<string, unknown>] as const,
    )
    for (const index of indexes) {
      index.entries = sortEntries(parsed.map(([id, doc]) => ({ key: keyOf(index.fields, doc, id), id })))
    }
  }

  return {
    /** Every index of every collection, from scratch (open, wipe). */
    rebuild(collections: ReadonlyMap<string, ReadonlyMap<string, string>>): void {
      for (const name of new Set([...Object.keys(specs), ...collections.keys()])) {
        rebuildCollection(name, collections.get(name))
      }
    },

    /**
     * A commit's changes to one collection: `before` and `after` are the stored JSON (null for
     * absent); `docs` is the collection once the commit applies. A large change rebuilds instead.
     */
    apply(
      name: string,
      changes: readonly (readonly [id: string, before: string | null, after: string | null])[],
      docs: ReadonlyMap<string, string> | undefined,
    ): void {
      const indexes = indexesOf(name)
      if (indexes.length === 0) return
      if (changes.length > 64 && changes.length * 8 > (docs?.size ?? 0)) {
        rebuildCollection(name, docs)
        return
      }
      for (const [id, before, after] of changes) {
        const old = before === null ? null : (JSON.parse(before) as Record<string, unknown>)
        const next = after === null ? null : (JSON.parse(after) as Record<string, unknown>)
        for (const index of indexes) {
          if (old) {
            const key = keyOf(index.fields, old, id)
            const at = bound(index.entries, key, false)
            if (at < index.entries.length && index.entries[at].id === id) index.entries.splice(at, 1)
          }
          if (next) {
            const key = keyOf(index.fields, next, id)
            index.entries.splice(bound(index.entries, key, false), 0, { key, id })
          }
        }
      }
    },

    /**
     * The best declared index for the query: the most leading fields bound by `where` (a range on
     * the next one counts too), preferring one that yields `orderBy`'s order. Null when no index's
     * first field is bound.
     */
    plan(
      name: string,
      where: Readonly<Record<string, unknown>>,
      range: Readonly<Record<string, Range | undefined>>,
      orderBy: OrderBy,
    ): Plan | null {
      let best: { plan: Plan; score: number } | null = null
      for (const index of indexesOf(name)) {
        const prefix: Value[] = []
        while (
          prefix.length < index.fields.length &&
          Object.prototype.hasOwnProperty.call(where, index.fields[prefix.length])
        ) {
          const value = where[index.fields[prefix.length]]
          const v = indexable(value)
          if (v !== value) break
          prefix.push(v)
        }
        const p = prefix.length
        const bounded = p < index.fields.length ? range[index.fields[p]] : undefined
        if (p === 0 && !bounded) continue
        let lo = bound(index.entries, prefix, false)
        let hi = bound(index.entries, prefix, true, lo)
        if (bounded) {
          const at = (v: string | number, after: boolean) =>
            bound(index.entries, [...prefix, v], after, lo, hi)
          const from =
            bounded.gt !== undefined
              ? at(bounded.gt, true)
              : bounded.gte !== undefined
                ? at(bounded.gte, false)
                : lo
          const to =
            bounded.lt !== undefined
              ? at(bounded.lt, false)
              : bounded.lte !== undefined
                ? at(bounded.lte, true)
                : hi
          lo = Math.max(lo, from)
          hi = Math.max(lo, Math.min(hi, to))
        }
        const rest = [...index.fields.slice(p), '_id']
        const direction = orderBy[0]?.[1] ?? 'asc'
        const ordered = orderBy.every(([field, dir], i) => rest[i] === field && dir === direction)
        const score = (p + (bounded ? 0.5 : 0)) * 2 + (ordered ? 1 : 0)
        if (!best || score > best.score) {
          best = {
            score,
            plan: {
              index,
              lo,
              hi,
              ordered,
              reverse: direction === 'desc',
              orderPositions: orderBy.map((_, i) => p + i),
            },
          }
        }
      }
      return best?.plan ?? null
    },

    /** The ids a plan reads, in its order; with `after` (ordered plans), only those past that key. */
    *scan(plan: Plan, after?: readonly Value[]): Generator<string> {
      const { entries } = plan.index
      const past = (entry: Entry) => {
        if (!after) return true
        for (let i = 0; i < after.length; i += 1) {
          const diff = compareValues(entry.key[plan.orderPositions[i]], after[i])
          if (diff !== 0) return plan.reverse ? diff < 0 : diff > 0
        }
        return false
      }
      if (plan.reverse) {
        for (let i = plan.hi - 1; i >= plan.lo; i -= 1) if (past(entries[i])) yield entries[i].id
      } else {
        for (let i = plan.lo; i < plan.hi; i += 1) if (past(entries[i])) yield entries[i].id
      }
    },
  }
}

export type Indexes = ReturnType<typeof createIndexes>
