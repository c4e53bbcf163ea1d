import Taro from '@tarojs/taro'

/** The device's position (GCJ-02 in the mini-program), or null when refused or unavailable. */
export async function locate(): Promise<{ lat: number; lng: number } | null> {
  try {
    const res = await Taro.getLocation({ type: 'gcj02' })
    return { lat: Math.round(res.latitude * 1e6) / 1e6, lng: Math.round(res.longitude * 1e6) / 1e6 }
  } catch {
    return null
  }
}
