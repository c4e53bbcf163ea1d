import Taro from '@tarojs/taro'
import type { KeyValueStorage } from '@/cloud/core'
import { createH5Storage } from './h5-storage'

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
  usedBytes() {
    const { currentSize } = Taro.getStorageInfoSync()
    return Number.isFinite(currentSize) && currentSize >= 0 ? currentSize * 1024 : null
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
