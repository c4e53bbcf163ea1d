import type { KeyValueStorage } from './storage'

export const SCHEMA_VERSION = 1
export const META_KEY = 'linli:meta'
export const BACKUP_PREFIX = 'linli:backup:'

export const collectionKey = (name: string): string => `linli:v${SCHEMA_VERSION}:${name}`

export interface Meta {
  version: number
  collections: string[]
  seq: number
}

export interface StoredDoc {
  _id: string
}

export type LoadResult =
  | { status: 'empty' }
  | { status: 'loaded'; meta: Meta; collections: Map<string, StoredDoc[]> }
  | { status: 'recovered'; backups: string[] }
  | { status: 'unreadable' }

export class PersistError extends Error {
  constructor(readonly failure: unknown) {
    super('数据没能保存到手机（可能是存储空间已满），本次操作未生效，请清理空间后重试')
    this.name = 'PersistError'
  }
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

function listedNames(meta: unknown): string[] {
  if (!isRecord(meta) || !Array.isArray(meta.collections)) return []
  return meta.collections.filter((n): n is string => typeof n === 'string' && NAME.test(n))
}

function readMeta(raw: string): Meta | null {
  const meta = parseJson(raw)
  if (!isRecord(meta) || meta.version !== SCHEMA_VERSION) return null
  const names = listedNames(meta)
  const seq = meta.seq
  const valid =
    Array.isArray(meta.collections) &&
    names.length === meta.collections.length &&
    typeof seq === 'number' &&
    Number.isSafeInteger(seq) &&
    seq >= 0
  return valid ? { version: SCHEMA_VERSION, collections: names, seq } : null
}

function readDocs(raw: string): StoredDoc[] | null {
  const docs = parseJson(raw)
  if (!Array.isArray(docs)) return null
  return docs.every((d) => isRecord(d) && typeof d._id === 'string') ? (docs as StoredDoc[]) : null
}

/**
 * Per-collection persistence: `linli:meta` holds the schema version, the collection names and
 * the id sequence; each collection lives under `linli:v1:<name>`. Unreadable data is copied,
 * byte for byte, to `linli:backup:<key>:<at>` before the originals are removed.
 */
export function createPersistence(storage: KeyValueStorage) {
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

  return {
    load(at: number, known: readonly string[]): LoadResult {
      const rawMeta = storage.getItem(META_KEY)
      if (rawMeta === null) return { status: 'empty' }
      const meta = readMeta(rawMeta)
      if (meta) {
        const collections = new Map<string, StoredDoc[]>()
        const unreadable = meta.collections.some((name) => {
          const raw = storage.getItem(collectionKey(name))
          if (raw === null) return false
          const docs = readDocs(raw)
          if (docs) collections.set(name, docs)
          return docs === null
        })
        if (!unreadable) return { status: 'loaded', meta, collections }
      }
      const names = new Set([...known, ...listedNames(parseJson(rawMeta))])
      return backup([META_KEY, ...[...names].map(collectionKey)], at)
    },

    /** Applies every write or none: on a failure the keys already written get their old value back. */
    write(changes: [key: string, value: string | null][]): void {
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
    },

    remove(keys: string[]): void {
      for (const key of keys) storage.removeItem(key)
    },
  }
}
