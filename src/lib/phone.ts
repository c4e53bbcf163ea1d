import Taro from '@tarojs/taro'
import { confirmDialog } from './toast'

/**
 * Follows a `tel:` link without navigating the app's own tab: Chromium hands `tel:` to the
 * system in a tab-modal prompt, and a tab that navigated there itself (Taro H5's makePhoneCall
 * sets `location.href`) stops taking taps until it is closed, reloads included.
 */
function dialInBrowser(phoneNumber: string): void {
  const link = document.createElement('a')
  link.href = `tel:${phoneNumber}`
  link.target = '_blank'
  link.rel = 'noopener'
  link.style.display = 'none'
  document.body.appendChild(link)
  link.click()
  link.remove()
}

/** WeChat asks before it dials; in a browser we ask too, showing the number for those who cannot dial here. */
export async function callPhone(phoneNumber: string): Promise<void> {
  if (process.env.TARO_ENV !== 'h5') {
    await Taro.makePhoneCall({ phoneNumber }).catch(() => undefined)
    return
  }
  const ok = await confirmDialog(`拨打 ${phoneNumber}`, `将用手机呼叫 ${phoneNumber}`, '拨打', '取消')
  if (ok) dialInBrowser(phoneNumber)
}
