import { StaleError, createPersistence, type SpaceUsage } from './persistence'
import type { KeyValueStorage } from './storage'

export interface Doc {
  _id: string
}

export type DocMap<C> = { [K in keyof C]: Doc }
type Name<C> = keyof C & string

/**
 * The data port every action uses. Reads and writes are async with a real hop between them,
 * as against a network database. Inside `transaction` they are staged and atomic.
 */
export interface Tx<C extends DocMap<C>> {
  /** A new unique id; ids are never handed out twice, even when a transaction rolls back. */
  newId(prefix: string): string
  get<K extends Name<C>>(collection: K, id: string): Promise<C[K] | null>
  /** Documents whose top-level fields equal every field of `where`, in insertion order. */
  query<K extends Name<C>>(collection: K, where?: Partial<C[K]>): Promise<C[K][]>
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
): Database<C> {
  const persistence = createPersistence(storage, apart)
  const apartNames = new Set<string>(apart)
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
      for (const [id, raw] of changes) {
        if (raw === null) docs.delete(id)
        else docs.set(id, raw)
      }
      committed.set(name, docs)
    }
  }

  /** Loads what storage holds into memory; the status of `open`. */
  function load(at: number): OpenStatus {
    committed = new Map()
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
    seq = Math.max(seq, loaded.seq)
    return 'loaded'
  }

  /** Another writer (a second H5 tab) committed since we loaded: take its data before going on. */
  function catchUp(): void {
    if (persisting && persistence.currentStamp() !== persistence.loadedStamp()) load(openedAt)
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
      async query(name, where = {}) {
        await enter()
        const stored =
          persisting && apartNames.has(name)
            ? persistence.apartIds(name)
            : (committed.get(name)?.keys() ?? [])
        const ids = new Set([...stored, ...(staged.get(name)?.keys() ?? [])])
        const conditions = Object.entries(where)
        const docs: C[typeof name][] = []
        for (const id of ids) {
          const found = raw(name, id)
          if (found === null) continue
          const doc = JSON.parse(found)
          if (conditions.every(([field, value]) => doc[field] === value)) docs.push(doc)
        }
        return docs
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
    query: (name, where) => transaction((tx) => tx.query(name, where)),
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
        if (reseed) await execute(reseed)
      }),
  }
}
