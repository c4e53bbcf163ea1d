import Taro from '@tarojs/taro'
import { useEffect } from 'react'

/** Once `id` is set, scrolls the page so that element (the row just booked, its confirmation below it) is on screen. */
export function useScrollTo(id: string | null): void {
  useEffect(() => {
    if (!id) return
    try {
      void Promise.resolve(Taro.pageScrollTo({ selector: `#${id}`, duration: 200 })).catch(() => undefined)
    } catch {
      // a platform without page scrolling keeps its place
    }
  }, [id])
}
