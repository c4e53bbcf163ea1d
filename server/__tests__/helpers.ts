import type { FastifyInstance, LightMyRequestResponse } from 'fastify'

import { buildServer, type BuildServerOptions } from '../src/build-server'
import { DemoClock } from '../src/clock'
import { memoryCloud, type ServerCloud } from '../src/cloud'
import { readConfig, type ServerConfig } from '../src/config'
import { createTokens } from '../src/token'

export const SECRET = 'test-secret-0123456789abcdef0123456789abcdef'
export const H5 = 'https://h5.linli.example'
export const HOUR = 3_600_000
export const DAY = 24 * HOUR

/** The configuration `npm run server` would read from these variables (silent logs, fixed secret). */
export function configOf(env: Record<string, string> = {}): ServerConfig {
  return readConfig({ SESSION_SECRET: SECRET, LOG_LEVEL: 'silent', H5_ORIGIN: H5, ...env })
}

/** Real time the tests move by hand (token expiry, the rate limit). */
export function manualTime(start = Date.parse('2026-12-01T09:00:00+08:00')) {
  let t = start
  return { now: () => t, advance: (ms: number) => void (t += ms) }
}

export interface TestServer {
  app: FastifyInstance
  cloud: ServerCloud
  config: ServerConfig
  /** A token for `openid` signed as the server signs (any openid, any mode). */
  tokenFor(openid: string): string
  call(
    token: string | null,
    name: string,
    data: Record<string, unknown>,
    extra?: Record<string, unknown>,
  ): Promise<LightMyRequestResponse>
}

export function startServer(
  env: Record<string, string> = { DEMO_MODE: '1' },
  options: Partial<BuildServerOptions> & { cloud?: ServerCloud } = {},
): TestServer {
  const config = configOf(env)
  const cloud = options.cloud ?? memoryCloud(new DemoClock())
  const app = buildServer({ ...options, config, cloud })
  const signer = createTokens({
    secret: config.sessionSecret,
    ttlMs: config.sessionTtlMs,
    realNow: options.realNow,
  })
  return {
    app,
    cloud,
    config,
    tokenFor: (openid) => signer.sign(openid),
    call: (token, name, data, extra = {}) =>
      app.inject({
        method: 'POST',
        url: '/api/call',
        headers: token === null ? {} : { authorization: `Bearer ${token}` },
        payload: { name, data, ...extra },
      }),
  }
}

export async function demoToken(app: FastifyInstance, openid: string): Promise<string> {
  const res = await app.inject({ method: 'POST', url: '/api/session/demo', payload: { openid } })
  expect(res.statusCode).toBe(200)
  return res.json().token as string
}
