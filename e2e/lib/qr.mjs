// Reads a QR code the app shows, the way a phone camera would: from a screenshot of the page.
import jsQR from 'jsqr'
import { PNG } from 'pngjs'

/** Decodes the QR code inside `locator` (default: the first visible `.qr-code`) from a screenshot. */
export async function decodeQrFromScreen(
  t,
  locator = t.page.locator('.qr-code').filter({ visible: true }).first(),
) {
  await locator.waitFor({ state: 'visible' })
  await t.settle()
  const png = PNG.sync.read(await locator.screenshot({ animations: 'disabled' }))
  const found = jsQR(new Uint8ClampedArray(png.data), png.width, png.height)
  if (!found) throw new Error('decodeQrFromScreen: no QR code could be read from the screenshot')
  return found.data
}
