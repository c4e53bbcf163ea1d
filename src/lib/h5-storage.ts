import type { KeyValueStorage } from '@/cloud/core'

/**
 * Taro H5 keeps each value in `localStorage` as `{"data": value}` and its `getStorageSync` answers
 * '' for a value it cannot parse, which would read as "missing" and be overwritten. In H5 we read
 * and write `localStorage` ourselves, in Taro's wrapping (so data either wrote stays readable by
 * the other), and hand back an unparseable value as it is, so the cloud backs it up byte for byte.
 */
export function createH5Storage(local: Storage): KeyValueStorage {
  return {
    getItem(key) {
      const stored = local.getItem(key)
      if (stored === null) return null
      try {
        const wrapped: unknown = JSON.parse(stored)
        if (typeof wrapped === 'object' && wrapped !== null && 'data' in wrapped) {
          const { data } = wrapped as { data: unknown }
          if (typeof data === 'string') return data === '' ? null : data
        }
      } catch {
        // not Taro's wrapping: handed back raw below
      }
      return stored
    },
    setItem(key, value) {
      local.setItem(key, JSON.stringify({ data: value }))
    },
    removeItem(key) {
      local.removeItem(key)
    },
    keys: () => Array.from({ length: local.length }, (_, i) => local.key(i) ?? ''),
    /** What the browser's quota counts: characters of every key and value of this origin (backups, the app's own keys). */
    usedBytes() {
      let used = 0
      for (let i = 0; i < local.length; i += 1) {
        const key = local.key(i) ?? ''
        used += key.length + (local.getItem(key)?.length ?? 0)
      }
      return used
    },
  }
}
