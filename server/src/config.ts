// The server's configuration, read once from the environment into a typed object (STYLE.md:
// "configuration read once from the environment"). Nothing else in the server reads process.env.
import { randomBytes } from 'node:crypto'

export interface RateLimitConfig {
  /** Calls a caller may make in a burst (the bucket's size). */
  burst: number
  /** Calls per second refilled into the bucket. */
  perSecond: number
}

export interface ServerConfig {
  port: number
  host: string
  /** postgres://… ; absent: the in-memory cloud (data lost on exit). */
  databaseUrl?: string
  /** DEMO_MODE=1: demo sessions, the demo clock and reset; no rate limit. */
  demoMode: boolean
  wechat: { appId?: string; secret?: string; apiBase: string }
  /** HMAC key for session tokens. */
  sessionSecret: string
  /** How long a session token stays valid (real time), ms. */
  sessionTtlMs: number
  /** The one origin allowed by CORS (the H5 build); absent: no CORS headers at all. */
  h5Origin?: string
  /** null: off (always in demo mode; RATE_LIMIT=0 elsewhere). */
  rateLimit: RateLimitConfig | null
  /** Largest body of POST /api/call, bytes (a report's 3 photos of ≤ 200,000 characters fit). */
  callBodyLimit: number
  /** pino level, or 'silent'. */
  logLevel: string
  /** Trust X-Forwarded-For (behind a reverse proxy) for the per-address limit of the session routes. */
  trustProxy: boolean
}

const HOUR = 3_600_000

/** Default per-caller limit: bursts of 60 calls, 5 calls/s sustained — a clerk at a busy counter makes a call every few seconds. */
export const DEFAULT_RATE_LIMIT: RateLimitConfig = { burst: 60, perSecond: 5 }

/** 3 photos × 200,000 characters, plus the rest of a report and JSON's quotes: 1 MiB leaves room. */
export const DEFAULT_CALL_BODY_LIMIT = 1_048_576

export class ConfigError extends Error {}

function integer(env: Record<string, string | undefined>, key: string, fallback: number, min = 0): number {
  const raw = env[key]
  if (raw === undefined || raw === '') return fallback
  const n = Number(raw)
  if (!Number.isInteger(n) || n < min)
    throw new ConfigError(`${key} must be an integer ≥ ${min}, not "${raw}"`)
  return n
}

const flag = (raw: string | undefined): boolean => raw === '1' || raw === 'true' || raw === 'yes'

/**
 * RATE_LIMIT: "0" (off), "<burst>/<perSecond>" (e.g. "60/5"), or unset (the default).
 * Always off in demo mode, where tests and demo tools call fast on purpose.
 */
function rateLimit(raw: string | undefined, demoMode: boolean): RateLimitConfig | null {
  if (demoMode || raw === '0') return null
  if (raw === undefined || raw === '') return DEFAULT_RATE_LIMIT
  const m = /^(\d+)\/(\d+(?:\.\d+)?)$/.exec(raw)
  if (!m || Number(m[1]) < 1 || Number(m[2]) <= 0)
    throw new ConfigError(`RATE_LIMIT must be 0 or "<burst>/<perSecond>", e.g. 60/5, not "${raw}"`)
  return { burst: Number(m[1]), perSecond: Number(m[2]) }
}

/** Reads the environment once. Throws ConfigError when a value is malformed or a production secret is missing. */
export function readConfig(env: Record<string, string | undefined> = process.env): ServerConfig {
  const demoMode = flag(env.DEMO_MODE)
  let sessionSecret = env.SESSION_SECRET ?? ''
  if (sessionSecret.length < 32) {
    if (!demoMode)
      throw new ConfigError('SESSION_SECRET must be set (at least 32 characters) outside demo mode')
    // Demo mode: a fresh secret per start (sessions end with the process).
    sessionSecret = randomBytes(32).toString('hex')
  }
  const origin = env.H5_ORIGIN?.trim()
  return {
    port: integer(env, 'PORT', 3000),
    host: env.HOST || '127.0.0.1',
    databaseUrl: env.DATABASE_URL || undefined,
    demoMode,
    wechat: {
      appId: env.WECHAT_APPID || undefined,
      secret: env.WECHAT_SECRET || undefined,
      apiBase: (env.WECHAT_API_BASE || 'https://api.weixin.qq.com').replace(/\/+$/, ''),
    },
    sessionSecret,
    sessionTtlMs: integer(env, 'SESSION_TTL_HOURS', 7 * 24, 1) * HOUR,
    h5Origin: origin ? origin.replace(/\/+$/, '') : undefined,
    rateLimit: rateLimit(env.RATE_LIMIT, demoMode),
    callBodyLimit: integer(env, 'BODY_LIMIT', DEFAULT_CALL_BODY_LIMIT, 1024),
    logLevel: env.LOG_LEVEL || 'info',
    trustProxy: flag(env.TRUST_PROXY),
  }
}
