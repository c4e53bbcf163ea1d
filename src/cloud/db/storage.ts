/** Synchronous key-value storage, the shape of Taro/WeChat storage and `localStorage`. */
export interface KeyValueStorage {
  getItem(key: string): string | null
  setItem(key: string, value: string): void
  removeItem(key: string): void
  /** Every key held, where the platform can list them (to back up data whose index is unreadable). */
  keys?(): string[]
  /** The platform's total storage limit in bytes, where it reports one (WeChat: `limitSize`). */
  limitBytes?(): number | null
  /** Bytes the platform counts as used by everything stored (other keys, backups), where it reports it. */
  usedBytes?(): number | null
}

export interface MemoryStorage extends KeyValueStorage {
  keys(): string[]
}

export function createMemoryStorage(initial: Record<string, string> = {}): MemoryStorage {
  const items = new Map(Object.entries(initial))
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => {
      items.set(key, String(value))
    },
    removeItem: (key) => {
      items.delete(key)
    },
    keys: () => [...items.keys()],
  }
}
