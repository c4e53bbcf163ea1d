// Session tokens: `v1.<payload>.<mac>`, payload = base64url JSON { sub: openid, exp: epoch ms },
// mac = base64url HMAC-SHA256(SESSION_SECRET, "v1.<payload>"). Stateless: no session store; a
// token is valid until `exp` on REAL time (never the demo clock).
import { createHmac, timingSafeEqual } from 'node:crypto'

const VERSION = 'v1'

export interface TokenSigner {
  sign(openid: string): string
  /** The openid the token names, or null when it is malformed, forged or expired. */
  verify(token: string): string | null
}

interface Payload {
  sub: string
  exp: number
}

export function createTokens(options: {
  secret: string
  ttlMs: number
  realNow?: () => number
}): TokenSigner {
  const { secret, ttlMs, realNow = Date.now } = options
  const mac = (body: string): Buffer => createHmac('sha256', secret).update(body).digest()

  return {
    sign(openid) {
      const payload: Payload = { sub: openid, exp: realNow() + ttlMs }
      const body = `${VERSION}.${Buffer.from(JSON.stringify(payload)).toString('base64url')}`
      return `${body}.${mac(body).toString('base64url')}`
    },
    verify(token) {
      const parts = token.split('.')
      if (parts.length !== 3 || parts[0] !== VERSION) return null
      const body = `${parts[0]}.${parts[1]}`
      const given = Buffer.from(parts[2], 'base64url')
      const expected = mac(body)
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null
      let payload: Partial<Payload>
      try {
        payload = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8')) as Partial<Payload>
      } catch {
        return null
      }
      if (typeof payload.sub !== 'string' || payload.sub.length === 0) return null
      if (typeof payload.exp !== 'number' || !(payload.exp > realNow())) return null
      return payload.sub
    },
  }
}
