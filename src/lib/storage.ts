import Taro from '@tarojs/taro'
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
  }
}

/** Taro storage in the mini-program: WeChat keeps strings as they are and reports its own limit. */
const weappStorage: KeyValueStorage = {
  getItem(key) {
    const value: unknown = Taro.getStorageSync(key)
    return typeof value === 'string' && value !== '' ? value : null
  },
  setItem(key, value) {
    Taro.setStorageSync(key, value)
  },
  removeItem(key) {
    Taro.removeStorageSync(key)
  },
  keys: () => Taro.getStorageInfoSync().keys,
  limitBytes() {
    const { limitSize } = Taro.getStorageInfoSync()
    return Number.isFinite(limitSize) && limitSize > 0 ? limitSize * 1024 : null
  },
}

/** Taro storage as the synchronous key-value port the mock cloud persists to. */
export const taroStorage: KeyValueStorage =
  process.env.TARO_ENV === 'h5' && typeof localStorage !== 'undefined'
    ? createH5Storage(localStorage)
    : weappStorage

export function readLocal(key: string): string | null {
  return taroStorage.getItem(key)
}

export function writeLocal(key: string, value: string | null): void {
  if (value === null) taroStorage.removeItem(key)
  else taroStorage.setItem(key, value)
}
