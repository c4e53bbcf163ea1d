import {
  compareValues,
  createIndexes,
  inRange,
  type Direction,
  type IndexSpecs,
  type Range,
  type Value,
} from './indexes'
import { StaleError, createPersistence, type SpaceUsage } from './persistence'
import type { KeyValueStorage } from './storage'

export interface Doc {
  _id: string
}

export type DocMap<C> = { [K in keyof C]: Doc }
type Name<C> = keyof C & string
type Field<T> = keyof T & string

export type { Direction, Range }

/**
 * `SELECT … WHERE <where> AND <range> ORDER BY <orderBy> LIMIT <limit>`, with keyset paging:
 * `after` is the `orderBy` values of the last row already read (rows strictly past it follow).
 */
export interface QueryOptions<T> {
  orderBy?: readonly (readonly [Field<T>, Direction])[]
  limit?: number
  after?: readonly (string | number)[]
  range?: { [F in Field<T>]?: Range }
}

/**
 * The data port every action uses. Reads and writes are async with a real hop between them,
 * as against a network database. Inside `transaction` they are staged and atomic.
 */
export interface Tx<C extends DocMap<C>> {
  /** A new unique id; ids are never handed out twice, even when a transaction rolls back. */
  newId(prefix: string): string
  get<K extends Name<C>>(collection: K, id: string): Promise<C[K] | null>
  /**
   * Documents whose top-level fields equal every field of `where` (and lie in every `range`),
   * sorted by `orderBy` (ties, and a query without it, in no promised order), at most `limit`.
   * A declared index (schema.ts) whose leading fields `where` binds finds them without a scan;
   * in strict mode (tests) a filtered query on a collection that must be indexed and that binds no
   * index's first field throws.
   */
  query<K extends Name<C>>(
    collection: K,
    where?: Partial<C[K]>,
    options?: QueryOptions<C[K]>,
  ): Promise<C[K][]>
  insert<K extends Name<C>>(collection: K, doc: C[K]): Promise<void>
  set<K extends Name<C>>(collection: K, doc: C[K]): Promise<void>
  /** Shallow merge; a field patched to `undefined` is removed. */
  update<K extends Name<C>>(collection: K, id: string, patch: Partial<Omit<C[K], '_id'>>): Promise<void>
  remove<K extends Name<C>>(collection: K, id: string): Promise<void>
}

export type OpenStatus = 'fresh' | 'loaded' | 'recovered' | 'unreadable'

/**
 * Called outside a transaction, each `Tx` method is a transaction of its own. Never call the
 * database itself from inside `transaction` (use the `tx` it passes): the queue would wait forever.
 */
export interface Database<C extends DocMap<C>> extends Tx<C> {
  /** Runs `fn` alone (one transaction at a time); its writes are persisted only when it returns. */
  transaction<T>(fn: (tx: Tx<C>) => Promise<T>): Promise<T>
  /** Loads from storage, recovering unreadable data into backup keys. Call once, before any other use. */
  open(at: number): OpenStatus
  /** Removes this database's keys from storage and empties it, then runs `reseed`, with nothing in between. */
  wipe(reseed?: (tx: Tx<C>) => Promise<void>): Promise<void>
  /** How much storage this database's data takes, and the limit. */
  usage(): SpaceUsage
}

type Collections = Map<string, Map<string, string>>
type Staged = Map<string, Map<string, string | null>>

const hop = () => Promise.resolve()

export interface DatabaseOptions {
  /** Declared indexes per collection, kept in step with the data in every commit. */
  indexes?: IndexSpecs
  /** Collections whose filtered queries must use an index; checked when `strict` is set. */
  indexed?: readonly string[]
  /** Throw on a filtered query of an `indexed` collection that no index serves (tests). */
  strict?: boolean
}

export class UnindexedQueryError extends Error {
  constructor(collection: string, fields: string[]) {
    super(`query on ${collection} by (${fields.join(', ')}) uses no declared index; declare one in schema.ts`)
    this.name = 'UnindexedQueryError'
  }
}

const sortValue = (doc: Record<string, unknown>, field: string): Value => {
  const v = doc[field]
  return v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean'
    ? v
    : undefined
}

/** A transaction re-runs at most this often when another writer (an H5 tab) keeps committing first. */
const STALE_RETRIES = 5

/**
 * `apart`: collections stored one key per document and read only when asked for (photos), so
 * loading and committing records never carries them.
 */
export function createDatabase<C extends DocMap<C>>(
  storage: KeyValueStorage,
  known: readonly Name<C>[],
  apart: readonly Name<C>[] = [],
  options: DatabaseOptions = {},
): Database<C> {
  const persistence = createPersistence(storage, apart)
  const apartNames = new Set<string>(apart)
  const indexes = createIndexes(options.indexes ?? {})
  const mustIndex = new Set(options.strict ? (options.indexed ?? []) : [])
  let committed: Collections = new Map()
  let seq = 0
  let persisting = true
  let openedAt = 0
  let queue: Promise<unknown> = Promise.resolve()

  function enqueue<T>(task: () => Promise<T>): Promise<T> {
    const result = queue.then(task)
    queue = result.then(
      () => undefined,
      () => undefined,
    )
    return result
  }

  function newId(prefix: string): string {
    seq += 1
    return `${prefix}-${String(seq).padStart(8, '0')}`
  }

  function commit(staged: Staged): void {
    if (staged.size === 0) return
    if (persisting) {
      persistence.commit(
        staged,
        (name, id) => {
          const change = staged.get(name)
          if (change?.has(id)) return change.get(id) ?? null
          return committed.get(name)?.get(id) ?? null
        },
        seq,
      )
    }
    for (const [name, changes] of staged) {
      if (persisting && apartNames.has(name)) continue
      const docs = committed.get(name) ?? new Map<string, string>()
      const rows = [...changes].map(([id, raw]) => [id, docs.get(id) ?? null, raw] as const)
      for (const [id, raw] of changes) {
        if (raw === null) docs.delete(id)
        else docs.set(id, raw)
      }
      committed.set(name, docs)
      indexes.apply(name, rows, docs)
    }
  }

  /** Loads what storage holds into memory; the status of `open`. */
  function load(at: number): OpenStatus {
    committed = new Map()
    indexes.rebuild(committed)
    persisting = true
    const loaded = persistence.load(at, known)
    if (loaded.status === 'empty') return 'fresh'
    if (loaded.status === 'recovered') return 'recovered'
    if (loaded.status === 'unreadable') {
      persisting = false
      return 'unreadable'
    }
    for (const [name, docs] of loaded.collections) {
      committed.set(name, new Map(docs.map((doc) => [doc._id, JSON.stringify(doc)])))
    }
    indexes.rebuild(committed)
    seq = Math.max(seq, loaded.seq)
    return 'loaded'
  }

  /** Another writer (a second H5 tab) committed since we loaded: take its data before going on. */
  function catchUp(): void {
    if (persisting && persistence.currentStamp() !== persistence.loadedStamp()) load(openedAt)
  }

  /** The committed part of a query: through the best index, else a scan; `skip` are ids staged in this transaction. */
  function select(
    name: string,
    where: Record<string, unknown>,
    options: QueryOptions<Record<string, unknown>>,
    skip: ReadonlyMap<string, string | null> | undefined,
    matches: (doc: Record<string, unknown>) => boolean,
  ): Record<string, unknown>[] {
    const orderBy = options.orderBy ?? []
    const plan = indexes.plan(name, where, options.range ?? {}, orderBy)
    const filtered = Object.keys(where).length > 0 || Object.keys(options.range ?? {}).length > 0
    if (!plan && filtered && mustIndex.has(name)) {
      throw new UnindexedQueryError(name, [...Object.keys(where), ...Object.keys(options.range ?? {})])
    }
    const apartStored = persisting && apartNames.has(name)
    const docs = committed.get(name)
    const ordered = !!plan?.ordered && orderBy.length > 0 && !apartStored
    const limit = options.limit ?? Infinity
    const ids =
      plan && !apartStored
        ? indexes.scan(plan, ordered ? options.after : undefined)
        : apartStored
          ? persistence.apartIds(name)
          : (docs?.keys() ?? [])
    const out: Record<string, unknown>[] = []
    for (const id of ids) {
      if (skip?.has(id)) continue
      const found = apartStored ? persistence.readApart(name, id) : docs?.get(id)
      if (found === undefined || found === null) continue
      const doc = JSON.parse(found) as Record<string, unknown>
      if (!matches(doc)) continue
      out.push(doc)
      if (ordered && out.length >= limit) break
    }
    return out
  }

  async function execute<T>(fn: (tx: Tx<C>) => Promise<T>): Promise<T> {
    const staged: Staged = new Map()
    let open = true
    const raw = (name: string, id: string): string | null => {
      const change = staged.get(name)
      if (change?.has(id)) return change.get(id) ?? null
      if (persisting && apartNames.has(name)) return persistence.readApart(name, id)
      return committed.get(name)?.get(id) ?? null
    }
    const enter = async () => {
      await hop()
      if (!open) throw new Error('transaction already finished')
    }
    const stage = (name: string, id: string, value: string | null) => {
      const change = staged.get(name) ?? new Map<string, string | null>()
      change.set(id, value)
      staged.set(name, change)
    }
    const tx: Tx<C> = {
      newId,
      async get(name, id) {
        await enter()
        const found = raw(name, id)
        return found === null ? null : JSON.parse(found)
      },
      async query(name, where = {}, options = {}) {
        await enter()
        const opts = options as QueryOptions<Record<string, unknown>>
        const conditions = Object.entries(where as Record<string, unknown>)
        const ranges = Object.entries(opts.range ?? {}) as [string, Range][]
        const orderBy = opts.orderBy ?? []
        const keyOf = (doc: Record<string, unknown>) => orderBy.map(([field]) => sortValue(doc, field))
        const compare = (a: readonly Value[], b: readonly Value[]) => {
          for (let i = 0; i < orderBy.length; i += 1) {
            const diff = compareValues(a[i], b[i])
            if (diff !== 0) return orderBy[i][1] === 'desc' ? -diff : diff
          }
          return 0
        }
        const matches = (doc: Record<string, unknown>) =>
          conditions.every(([field, value]) => doc[field] === value) &&
          ranges.every(([field, r]) => inRange(doc[field], r)) &&
          (opts.after === undefined || compare(keyOf(doc), opts.after) > 0)
        const change = staged.get(name)
        const docs = select(name, where as Record<string, unknown>, opts, change, matches)
        for (const [, found] of change ?? []) {
          if (found === null) continue
          const doc = JSON.parse(found) as Record<string, unknown>
          if (matches(doc)) docs.push(doc)
        }
        if (orderBy.length > 0) {
          const keyed = docs.map((doc) => ({ doc, key: keyOf(doc) }))
          keyed.sort((a, b) => compare(a.key, b.key))
          docs.splice(0, docs.length, ...keyed.map((k) => k.doc))
        }
        if (opts.limit !== undefined && docs.length > opts.limit) docs.length = opts.limit
        return docs as unknown as C[typeof name][]
      },
      async insert(name, doc) {
        await enter()
        if (raw(name, doc._id) !== null) throw new Error(`duplicate id ${doc._id} in ${name}`)
        stage(name, doc._id, JSON.stringify(doc))
      },
      async set(name, doc) {
        await enter()
        stage(name, doc._id, JSON.stringify(doc))
      },
      async update(name, id, patch) {
        await enter()
        const found = raw(name, id)
        if (found === null) throw new Error(`no document ${id} in ${name}`)
        stage(name, id, JSON.stringify({ ...JSON.parse(found), ...patch, _id: id }))
      },
      async remove(name, id) {
        await enter()
        stage(name, id, null)
      },
    }
    try {
      const result = await fn(tx)
      commit(staged)
      return result
    } finally {
      open = false
    }
  }

  /** Runs `fn` on current data; when another writer committed meanwhile, reloads and runs it again. */
  async function run<T>(fn: (tx: Tx<C>) => Promise<T>): Promise<T> {
    for (let attempt = 0; ; attempt += 1) {
      catchUp()
      try {
        return await execute(fn)
      } catch (error) {
        if (!(error instanceof StaleError) || attempt >= STALE_RETRIES) throw error
      }
    }
  }

  const transaction = <T>(fn: (tx: Tx<C>) => Promise<T>) => enqueue(() => run(fn))

  return {
    transaction,
    newId,
    get: (name, id) => transaction((tx) => tx.get(name, id)),
    query: (name, where, options) => transaction((tx) => tx.query(name, where, options)),
    insert: (name, doc) => transaction((tx) => tx.insert(name, doc)),
    set: (name, doc) => transaction((tx) => tx.set(name, doc)),
    update: (name, id, patch) => transaction((tx) => tx.update(name, id, patch)),
    remove: (name, id) => transaction((tx) => tx.remove(name, id)),

    open(at) {
      openedAt = at
      return load(at)
    },

    usage: () => persistence.usage(),

    wipe: (reseed) =>
      enqueue(async () => {
        if (persisting) persistence.wipe(known)
        committed = new Map()
        indexes.rebuild(committed)
        if (reseed) await execute(reseed)
      }),
  }
}
