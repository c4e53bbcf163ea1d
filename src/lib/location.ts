import Taro from '@tarojs/taro'
import type { Place } from '@/contract/place'

/** The device's position (GCJ-02 in the mini-program), or null when refused or unavailable. */
export async function locate(): Promise<{ lat: number; lng: number } | null> {
  try {
    const res = await Taro.getLocation({ type: 'gcj02' })
    return { lat: Math.round(res.latitude * 1e6) / 1e6, lng: Math.round(res.longitude * 1e6) / 1e6 }
  } catch {
    return null
  }
}

/** Opens a place in the map: WeChat's own map in the mini-program, a map page in a browser. */
export function openPlace(place: Place): void {
  if (process.env.TARO_ENV === 'h5') {
    const q = `position=${place.lng},${place.lat}&name=${encodeURIComponent(place.name)}&coordinate=gaode&callnative=0`
    window.open(`https://uri.amap.com/marker?${q}`, '_blank', 'noopener')
    return
  }
  void Taro.openLocation({
    latitude: place.lat,
    longitude: place.lng,
    name: place.name,
    address: place.address,
    scale: 16,
  }).catch(() => undefined)
}

/** Only the mini-program has a map picker. */
export const canPickPlace = process.env.TARO_ENV !== 'h5'

/** Lets an organiser pick a place on the map (mini-program); null when cancelled or unavailable (H5). */
export async function pickPlace(): Promise<Place | null> {
  if (process.env.TARO_ENV === 'h5') return null
  try {
    const res = await Taro.chooseLocation({})
    return { name: res.name, address: res.address, lat: res.latitude, lng: res.longitude }
  } catch {
    return null
  }
}
