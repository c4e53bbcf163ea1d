/** What a QR code of the app carries: an https link under one configurable prefix, the code in `c`. */
export type QrKind = 'checkin' | 'redeem' | 'booking'

const prefix = (): string => (typeof QR_LINK_PREFIX === 'string' ? QR_LINK_PREFIX : '').replace(/\/+$/, '')

export function qrLink(kind: QrKind, code: string): string {
  return `${prefix()}/${kind}?c=${encodeURIComponent(code)}`
}

/**
 * The code inside whatever was scanned or typed: an app link (also URL-encoded, as WeChat passes it
 * in `options.q`), or the bare code. Returns null for a link of another kind or another site.
 */
export function extractCode(scanned: string, kind: QrKind): string | null {
  let text = scanned.trim()
  if (/^https?%3A/i.test(text)) {
    try {
      text = decodeURIComponent(text)
    } catch {
      return null
    }
  }
  if (!/^https?:\/\//i.test(text)) return text || null
  const base = `${prefix()}/${kind}?`
  if (!text.startsWith(base)) return null
  const match = /(?:^|&)c=([^&#]*)/.exec(text.slice(base.length))
  if (!match) return null
  try {
    return decodeURIComponent(match[1]) || null
  } catch {
    return null
  }
}
