import type { KeyValueStorage } from './storage'

export const SCHEMA_VERSION = 2
export const META_KEY = 'linli:meta'
export const BACKUP_PREFIX = 'linli:backup:'

/** A chunk of a collection: a JSON array of some of its documents. */
export const chunkKey = (name: string, n: number): string => `linli:v2:${name}:${n}`
/** One document of a collection kept apart (photos): never loaded with the records. */
export const apartKey = (name: string, id: string): string => `linli:v2:${name}:@${id}`
/** The ids and sizes of a collection kept apart. */
export const apartIndexKey = (name: string): string => `linli:v2:${name}:index`
/** The v1 layout: the whole collection under one key. Read only to upgrade. */
export const v1Key = (name: string): string => `linli:v1:${name}`

/** A chunk takes new documents while it is under this many characters… */
export const CHUNK_TARGET = 48_000
/** …and is split when updates make it larger than this. Every key stays far below WeChat's 1 MB. */
export const CHUNK_SPLIT = 72_000
/** One document kept apart (a ticket's photos) may not exceed this many characters. */
export const APART_DOC_MAX = 650_000
/** Assumed total when the platform reports none: H5 localStorage holds about 5 M characters. */
export const DEFAULT_LIMIT_BYTES = 5_000_000

export interface StoredDoc {
  _id: string
}

export type LoadResult =
  | { status: 'empty' }
  | { status: 'loaded'; seq: number; collections: Map<string, StoredDoc[]>; upgraded: boolean }
  | { status: 'recovered'; backups: string[] }
  | { status: 'unreadable' }

/**
 * Bytes this app's data takes in storage (UTF-8, keys and values; or what the platform reports as
 * used, when that is more: backups and other keys count against the same limit), and the limit.
 */
export interface SpaceUsage {
  usedBytes: number
  limitBytes: number
  /** Of `usedBytes`, what the collections kept apart (photos) take. */
  apartBytes: number
  /** Per collection kept apart: each document's bytes. */
  apart: Map<string, Map<string, number>>
}

export class PersistError extends Error {
  constructor(readonly failure: unknown) {
    super('数据没能保存到手机（可能是存储空间已满），本次操作未生效，请清理空间后重试')
    this.name = 'PersistError'
  }
}

/** Another writer (a second H5 tab) committed since this copy was loaded. */
export class StaleError extends Error {
  constructor() {
    super('storage changed by another writer')
    this.name = 'StaleError'
  }
}

interface MetaV2 {
  version: 2
  seq: number
  stamp: number
  collections: string[]
  chunks: Record<string, number[]>
}

interface Layout {
  /** Chunk numbers in document order. */
  order: number[]
  members: Map<number, string[]>
  where: Map<string, number>
  chars: Map<number, number>
  bytes: Map<number, number>
  next: number
}

const NAME = /^[a-zA-Z][\w-]{0,40}$/

function parseJson(raw: string): unknown {
  try {
    return JSON.parse(raw)
  } catch {
    return undefined
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

const isSeq = (n: unknown): n is number => typeof n === 'number' && Number.isSafeInteger(n) && n >= 0

export function utf8Bytes(s: string): number {
  let bytes = s.length
  for (let i = 0; i < s.length; i += 1) {
    const c = s.charCodeAt(i)
    if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 2
      i += 1
    } else if (c >= 0x800) bytes += 2
    else if (c >= 0x80) bytes += 1
  }
  return bytes
}

function listedNames(meta: unknown): string[] {
  if (!isRecord(meta) || !Array.isArray(meta.collections)) return []
  return meta.collections.filter((n): n is string => typeof n === 'string' && NAME.test(n))
}

function readMetaV1(meta: Record<string, unknown>): { names: string[]; seq: number } | null {
  const names = listedNames(meta)
  const ok = Array.isArray(meta.collections) && names.length === meta.collections.length && isSeq(meta.seq)
  return ok ? { names, seq: meta.seq as number } : null
}

function readMetaV2(meta: Record<string, unknown>): MetaV2 | null {
  const names = listedNames(meta)
  if (!Array.isArray(meta.collections) || names.length !== meta.collections.length) return null
  if (!isSeq(meta.seq) || !isSeq(meta.stamp) || !isRecord(meta.chunks)) return null
  const chunks: Record<string, number[]> = {}
  for (const name of names) {
    const list = meta.chunks[name] ?? []
    if (!Array.isArray(list) || !list.every(isSeq)) return null
    chunks[name] = list
  }
  return { version: 2, seq: meta.seq, stamp: meta.stamp, collections: names, chunks }
}

function readDocs(raw: string): StoredDoc[] | null {
  const docs = parseJson(raw)
  if (!Array.isArray(docs)) return null
  return docs.every((d) => isRecord(d) && typeof d._id === 'string') ? (docs as StoredDoc[]) : null
}

function readIndex(raw: string | null): Map<string, number> | null {
  if (raw === null) return new Map()
  const index = parseJson(raw)
  if (!isRecord(index)) return null
  const entries = Object.entries(index)
  return entries.every(([, n]) => isSeq(n)) ? new Map(entries as [string, number][]) : null
}

const emptyLayout = (): Layout => ({
  order: [],
  members: new Map(),
  where: new Map(),
  chars: new Map(),
  bytes: new Map(),
  next: 0,
})

const serialize = (raws: string[]) => `[${raws.join(',')}]`

/**
 * Chunked persistence (schema v2). `linli:meta` holds the version, the id sequence, a stamp that
 * changes on every commit (to notice another writer), the collection names and each collection's
 * chunk numbers; a collection's documents live in chunks `linli:v2:<name>:<n>` of at most about
 * 48–72 K characters, so a commit rewrites only the chunks it touched plus the meta. Collections
 * kept apart (photos) store one key per document plus an index of sizes, and are read only when
 * asked for. v1 data (one key per collection) is upgraded in place on load. Unreadable data is
 * copied, byte for byte, to `linli:backup:<key>:<at>` before the originals are removed.
 */
export function createPersistence(storage: KeyValueStorage, apartNames: readonly string[] = []) {
  const apart = new Set(apartNames)
  let layouts = new Map<string, Layout>()
  let apartIndex = new Map<string, Map<string, number>>()
  let listed: string[] = []
  let stamp: number | null = null
  let metaBytes = 0

  const layoutOf = (name: string) => layouts.get(name) ?? emptyLayout()

  function currentStamp(): number | null {
    const raw = storage.getItem(META_KEY)
    if (raw === null) return null
    const meta = parseJson(raw)
    return isRecord(meta) && isSeq(meta.stamp) ? meta.stamp : -2
  }

  function ownKeys(known: readonly string[], meta: unknown): string[] {
    const names = [...new Set([...known, ...listedNames(meta)])]
    const all = storage.keys?.()
    if (all) {
      const ours = (key: string) =>
        key === META_KEY || key.startsWith('linli:v1:') || key.startsWith('linli:v2:')
      return [META_KEY, ...all.filter((key) => key !== META_KEY && ours(key)).sort()]
    }
    const keys = [META_KEY, ...names.map(v1Key)]
    for (const name of names) {
      keys.push(apartIndexKey(name))
      const listedChunks = isRecord(meta) && isRecord(meta.chunks) ? meta.chunks[name] : undefined
      const numbers = Array.isArray(listedChunks) ? listedChunks.filter(isSeq) : []
      const top = Math.max(-1, ...numbers)
      for (let n = 0, misses = 0; n <= top || misses < 4; n += 1) {
        const key = chunkKey(name, n)
        if (storage.getItem(key) === null) misses += 1
        else keys.push(key)
      }
      const index = readIndex(storage.getItem(apartIndexKey(name)))
      for (const id of index?.keys() ?? []) keys.push(apartKey(name, id))
    }
    return keys
  }

  function backup(keys: string[], at: number): LoadResult {
    const written: string[] = []
    try {
      for (const key of keys) {
        const raw = storage.getItem(key)
        if (raw === null) continue
        let target = `${BACKUP_PREFIX}${key}:${at}`
        for (let n = 1; storage.getItem(target) !== null; n += 1) target = `${BACKUP_PREFIX}${key}:${at}-${n}`
        storage.setItem(target, raw)
        if (storage.getItem(target) !== raw) throw new Error('backup mismatch')
        written.push(target)
      }
    } catch {
      for (const target of written) {
        try {
          storage.removeItem(target)
        } catch {
          // the originals are untouched; a stray copy is harmless
        }
      }
      return { status: 'unreadable' }
    }
    for (const key of keys) {
      try {
        storage.removeItem(key)
      } catch {
        // already copied; the next commit overwrites it
      }
    }
    return { status: 'recovered', backups: written }
  }

  /** Applies every write or none: on a failure the keys already written get their old value back. */
  function write(changes: [key: string, value: string | null][]): void {
    const previous: [string, string | null][] = []
    try {
      for (const [key, value] of changes) {
        previous.push([key, storage.getItem(key)])
        if (value === null) storage.removeItem(key)
        else storage.setItem(key, value)
      }
    } catch (cause) {
      for (const [key, value] of previous.reverse()) {
        try {
          if (value === null) storage.removeItem(key)
          else storage.setItem(key, value)
        } catch {
          // restoring a smaller or earlier value; nothing more can be done here
        }
      }
      throw new PersistError(cause)
    }
  }

  function metaValue(seq: number, next: number, names: string[], order: Map<string, number[]>) {
    const chunks = Object.fromEntries(names.map((name) => [name, order.get(name) ?? layoutOf(name).order]))
    return JSON.stringify({ version: SCHEMA_VERSION, seq, stamp: next, collections: names, chunks })
  }

  /**
   * Plans the writes of one commit: the chunks its changes touch (new documents go to the last
   * chunk while it has room), the kept-apart documents and the meta. `read` gives a document's
   * value after the commit. Returns the writes and what to apply once they succeeded.
   */
  function plan(
    staged: Map<string, Map<string, string | null>>,
    read: (name: string, id: string) => string | null,
    seq: number,
  ) {
    const writes: [string, string | null][] = []
    const removals: [string, null][] = []
    const nextLayouts = new Map<string, Layout>()
    const nextIndex = new Map<string, Map<string, number>>()
    const appliers: (() => void)[] = []
    for (const [name, changes] of staged) {
      if (apart.has(name)) {
        const index = new Map(apartIndex.get(name))
        for (const [id, raw] of changes) {
          if (raw === null) {
            if (index.delete(id)) removals.push([apartKey(name, id), null])
            continue
          }
          if (raw.length > APART_DOC_MAX) throw new PersistError(new Error(`${name}/${id} too large`))
          index.set(id, utf8Bytes(apartKey(name, id)) + utf8Bytes(raw))
          writes.push([apartKey(name, id), raw])
        }
        writes.push([apartIndexKey(name), JSON.stringify(Object.fromEntries(index))])
        nextIndex.set(name, index)
        continue
      }
      const old = layoutOf(name)
      const layout: Layout = {
        order: [...old.order],
        members: new Map(old.members),
        where: old.where,
        chars: new Map(old.chars),
        bytes: new Map(old.bytes),
        next: old.next,
      }
      const moved = new Map<string, number | null>()
      const touched = new Set<number>()
      const membersOf = (n: number) => {
        if (!touched.has(n)) {
          touched.add(n)
          layout.members.set(n, [...(layout.members.get(n) ?? [])])
        }
        return layout.members.get(n)!
      }
      let last = layout.order.at(-1)
      let room = last === undefined ? 0 : CHUNK_TARGET - (layout.chars.get(last) ?? 0)
      for (const [id, raw] of changes) {
        const at = moved.has(id) ? moved.get(id) : old.where.get(id)
        if (at !== undefined && at !== null) {
          if (raw === null) {
            const members = membersOf(at)
            members.splice(members.indexOf(id), 1)
            moved.set(id, null)
          } else touched.add(at)
          continue
        }
        if (raw === null) continue
        if (last === undefined || room < raw.length + 1) {
          last = layout.next
          layout.next += 1
          layout.order.push(last)
          layout.members.set(last, [])
          room = CHUNK_TARGET
        }
        membersOf(last).push(id)
        moved.set(id, last)
        room -= raw.length + 1
      }
      for (const n of touched) {
        const ids = layout.members.get(n) ?? []
        const raws = ids.map((id) => read(name, id) ?? 'null')
        const value = serialize(raws)
        if (value.length > CHUNK_SPLIT && ids.length > 1) {
          const pieces: number[][] = [[]]
          let size = 2
          raws.forEach((raw, i) => {
            if (size + raw.length + 1 > CHUNK_TARGET && pieces.at(-1)!.length > 0) {
              pieces.push([])
              size = 2
            }
            pieces.at(-1)!.push(i)
            size += raw.length + 1
          })
          const numbers = pieces.map((_, p) => (p === 0 ? n : layout.next + p - 1))
          layout.next += pieces.length - 1
          layout.order.splice(layout.order.indexOf(n) + 1, 0, ...numbers.slice(1))
          pieces.forEach((piece, p) => {
            const k = numbers[p]
            const pieceIds = piece.map((i) => ids[i])
            const pieceValue = serialize(piece.map((i) => raws[i]))
            layout.members.set(k, pieceIds)
            layout.chars.set(k, pieceValue.length)
            layout.bytes.set(k, utf8Bytes(chunkKey(name, k)) + utf8Bytes(pieceValue))
            for (const id of pieceIds) moved.set(id, k)
            writes.push([chunkKey(name, k), pieceValue])
          })
          continue
        }
        if (ids.length === 0) {
          layout.order.splice(layout.order.indexOf(n), 1)
          layout.members.delete(n)
          layout.chars.delete(n)
          layout.bytes.delete(n)
          removals.push([chunkKey(name, n), null])
          continue
        }
        layout.chars.set(n, value.length)
        layout.bytes.set(n, utf8Bytes(chunkKey(name, n)) + utf8Bytes(value))
        writes.push([chunkKey(name, n), value])
      }
      nextLayouts.set(name, layout)
      appliers.push(() => {
        for (const [id, n] of moved) {
          if (n === null) layout.where.delete(id)
          else layout.where.set(id, n)
        }
      })
    }
    const names = [...new Set([...listed, ...staged.keys()])]
    const order = new Map([...nextLayouts].map(([name, layout]) => [name, layout.order]))
    const nextStamp = (stamp ?? -1) + 1
    const meta = metaValue(seq, nextStamp, names, order)
    return {
      writes: [...writes, [META_KEY, meta], ...removals] as [string, string | null][],
      done() {
        for (const apply of appliers) apply()
        for (const [name, layout] of nextLayouts) layouts.set(name, layout)
        for (const [name, index] of nextIndex) apartIndex.set(name, index)
        listed = names
        stamp = nextStamp
        metaBytes = utf8Bytes(META_KEY) + utf8Bytes(meta)
      },
    }
  }

  function loadV2(meta: MetaV2): LoadResult | null {
    const collections = new Map<string, StoredDoc[]>()
    const nextLayouts = new Map<string, Layout>()
    const nextIndex = new Map<string, Map<string, number>>()
    for (const name of meta.collections) {
      if (apart.has(name)) {
        const index = readIndex(storage.getItem(apartIndexKey(name)))
        if (!index) return null
        nextIndex.set(name, index)
        continue
      }
      const layout = emptyLayout()
      const docs: StoredDoc[] = []
      for (const n of meta.chunks[name] ?? []) {
        const raw = storage.getItem(chunkKey(name, n))
        if (raw === null) continue
        const chunk = readDocs(raw)
        if (!chunk) return null
        layout.order.push(n)
        layout.members.set(
          n,
          chunk.map((doc) => doc._id),
        )
        for (const doc of chunk) layout.where.set(doc._id, n)
        layout.chars.set(n, raw.length)
        layout.bytes.set(n, utf8Bytes(chunkKey(name, n)) + utf8Bytes(raw))
        layout.next = Math.max(layout.next, n + 1)
        docs.push(...chunk)
      }
      nextLayouts.set(name, layout)
      collections.set(name, docs)
    }
    layouts = nextLayouts
    apartIndex = nextIndex
    listed = meta.collections
    stamp = meta.stamp
    return { status: 'loaded', seq: meta.seq, collections, upgraded: false }
  }

  /** Reads v1 data and rewrites it as v2: chunks and the meta first, then the v1 keys go. */
  function upgradeV1(v1: { names: string[]; seq: number }): LoadResult | null {
    const collections = new Map<string, StoredDoc[]>()
    for (const name of v1.names) {
      const raw = storage.getItem(v1Key(name))
      if (raw === null) continue
      const docs = readDocs(raw)
      if (!docs) return null
      collections.set(name, docs)
    }
    layouts = new Map()
    apartIndex = new Map()
    listed = []
    stamp = null
    const staged = new Map<string, Map<string, string | null>>()
    const raws = new Map<string, Map<string, string>>()
    for (const name of v1.names) {
      const docs = new Map((collections.get(name) ?? []).map((doc) => [doc._id, JSON.stringify(doc)]))
      raws.set(name, docs)
      staged.set(name, new Map(docs))
    }
    const { writes, done } = plan(staged, (name, id) => raws.get(name)?.get(id) ?? null, v1.seq)
    write([...writes, ...v1.names.map((name): [string, null] => [v1Key(name), null])])
    done()
    return { status: 'loaded', seq: v1.seq, collections, upgraded: true }
  }

  return {
    /** The stamp of the data in storage; differs from `loadedStamp()` when another writer committed. */
    currentStamp,
    loadedStamp: () => stamp,

    load(at: number, known: readonly string[]): LoadResult {
      layouts = new Map()
      apartIndex = new Map()
      listed = []
      stamp = null
      metaBytes = 0
      const rawMeta = storage.getItem(META_KEY)
      if (rawMeta === null) return { status: 'empty' }
      const meta = parseJson(rawMeta)
      let result: LoadResult | null = null
      if (isRecord(meta) && meta.version === SCHEMA_VERSION) {
        const v2 = readMetaV2(meta)
        result = v2 && loadV2(v2)
      } else if (isRecord(meta) && meta.version === 1) {
        const v1 = readMetaV1(meta)
        result = v1 && upgradeV1(v1)
      }
      if (result) {
        metaBytes = utf8Bytes(META_KEY) + utf8Bytes(storage.getItem(META_KEY) ?? '')
        return result
      }
      layouts = new Map()
      apartIndex = new Map()
      listed = []
      stamp = null
      return backup(ownKeys(known, meta), at)
    },

    /**
     * Persists one commit atomically (all of it or nothing, as `write`). Throws `StaleError`,
     * writing nothing, when another writer committed since this copy was loaded.
     */
    commit(
      staged: Map<string, Map<string, string | null>>,
      read: (name: string, id: string) => string | null,
      seq: number,
    ): void {
      if (currentStamp() !== stamp) throw new StaleError()
      const { writes, done } = plan(staged, read, seq)
      write(writes)
      done()
    },

    /** A kept-apart document, read from storage when asked for. */
    readApart(name: string, id: string): string | null {
      return apartIndex.get(name)?.has(id) ? storage.getItem(apartKey(name, id)) : null
    },
    apartIds: (name: string): string[] => [...(apartIndex.get(name)?.keys() ?? [])],

    usage(): SpaceUsage {
      let used = metaBytes
      for (const layout of layouts.values()) for (const bytes of layout.bytes.values()) used += bytes
      let apartBytes = 0
      for (const index of apartIndex.values()) for (const bytes of index.values()) apartBytes += bytes
      const reported = storage.limitBytes?.()
      const limitBytes = typeof reported === 'number' && reported > 0 ? reported : DEFAULT_LIMIT_BYTES
      const platformUsed = storage.usedBytes?.()
      const usedBytes = Math.max(used + apartBytes, typeof platformUsed === 'number' ? platformUsed : 0)
      return { usedBytes, limitBytes, apartBytes, apart: apartIndex }
    },

    /** Removes every key of this data (v1 and v2), leaving backups. */
    wipe(known: readonly string[]): void {
      const keys = ownKeys(known, parseJson(storage.getItem(META_KEY) ?? ''))
      for (const key of keys) storage.removeItem(key)
      layouts = new Map()
      apartIndex = new Map()
      listed = []
      stamp = null
      metaBytes = 0
    },
  }
}
