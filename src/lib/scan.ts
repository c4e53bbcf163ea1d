import Taro from '@tarojs/taro'

/** The camera scanner exists in the mini-program; H5 offers typed code entry instead. */
export const canScan = process.env.TARO_ENV !== 'h5'

/** Scans a QR code with the camera; null when the user cancels or no scanner exists. */
export async function scanQr(): Promise<string | null> {
  if (!canScan) return null
  try {
    const res = await Taro.scanCode({ onlyFromCamera: false, scanType: ['qrCode'] })
    return res.result || null
  } catch {
    return null
  }
}
