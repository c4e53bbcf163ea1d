// A per-key token bucket (no dependency): each key holds up to `burst` tokens, refilled at
// `perSecond`; a call takes one. Buckets that have refilled completely carry no information and
// are dropped, so memory follows the number of recently active callers.
import type { RateLimitConfig } from './config'

export interface RateLimiter {
  /** 0 when the call may go ahead (and takes a token); otherwise ms until a token is available. */
  take(key: string): number
  readonly size: number
}

interface Bucket {
  tokens: number
  at: number
}

export function createRateLimiter(config: RateLimitConfig, realNow: () => number = Date.now): RateLimiter {
  const buckets = new Map<string, Bucket>()
  const fullAfterMs = (config.burst / config.perSecond) * 1000
  let lastSweep = realNow()

  function sweep(now: number): void {
    if (now - lastSweep < fullAfterMs && buckets.size < 100_000) return
    lastSweep = now
    for (const [key, b] of buckets) if (now - b.at >= fullAfterMs) buckets.delete(key)
  }

  return {
    take(key) {
      const now = realNow()
      sweep(now)
      const b = buckets.get(key) ?? { tokens: config.burst, at: now }
      b.tokens = Math.min(config.burst, b.tokens + ((now - b.at) / 1000) * config.perSecond)
      b.at = now
      buckets.set(key, b)
      if (b.tokens >= 1) {
        b.tokens -= 1
        return 0
      }
      return Math.ceil(((1 - b.tokens) / config.perSecond) * 1000)
    },
    get size() {
      return buckets.size
    },
  }
}
