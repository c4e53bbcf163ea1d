import Taro from '@tarojs/taro'
import type { KeyValueStorage } from '@/cloud/core'

/** Taro storage as the synchronous key-value port the mock cloud persists to. */
export const taroStorage: KeyValueStorage = {
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
}

export function readLocal(key: string): string | null {
  return taroStorage.getItem(key)
}

export function writeLocal(key: string, value: string | null): void {
  if (value === null) taroStorage.removeItem(key)
  else taroStorage.setItem(key, value)
}
