import { ConfigError, DEFAULT_CALL_BODY_LIMIT, DEFAULT_RATE_LIMIT, readConfig } from '../src/config'
import { SECRET } from './helpers'

test('reads the environment into a typed config with defaults', () => {
  expect(readConfig({ SESSION_SECRET: SECRET })).toEqual({
    port: 3000,
    host: '127.0.0.1',
    databaseUrl: undefined,
    demoMode: false,
    wechat: { appId: undefined, secret: undefined, apiBase: 'https://api.weixin.qq.com' },
    sessionSecret: SECRET,
    sessionTtlMs: 7 * 24 * 3_600_000,
    h5Origin: undefined,
    rateLimit: DEFAULT_RATE_LIMIT,
    callBodyLimit: DEFAULT_CALL_BODY_LIMIT,
    logLevel: 'info',
    trustProxy: false,
  })
  const config = readConfig({
    SESSION_SECRET: SECRET,
    PORT: '8080',
    DATABASE_URL: 'postgres://linli@127.0.0.1:54329/linli',
    WECHAT_APPID: 'wx1',
    WECHAT_SECRET: 's',
    WECHAT_API_BASE: 'http://127.0.0.1:9999/',
    H5_ORIGIN: 'https://h5.example/',
    RATE_LIMIT: '120/10',
  })
  expect(config).toMatchObject({
    port: 8080,
    databaseUrl: 'postgres://linli@127.0.0.1:54329/linli',
    wechat: { appId: 'wx1', secret: 's', apiBase: 'http://127.0.0.1:9999' },
    h5Origin: 'https://h5.example',
    rateLimit: { burst: 120, perSecond: 10 },
  })
  expect(readConfig({ SESSION_SECRET: SECRET, RATE_LIMIT: '0' }).rateLimit).toBeNull()
})

test('demo mode: no rate limit, and a random secret when none is given', () => {
  const a = readConfig({ DEMO_MODE: '1', RATE_LIMIT: '10/1' })
  expect(a.demoMode).toBe(true)
  expect(a.rateLimit).toBeNull()
  expect(a.sessionSecret).toHaveLength(64)
  expect(readConfig({ DEMO_MODE: '1' }).sessionSecret).not.toBe(a.sessionSecret)
})

test('refuses a missing secret outside demo mode and malformed numbers', () => {
  expect(() => readConfig({})).toThrow(ConfigError)
  expect(() => readConfig({ SESSION_SECRET: 'short' })).toThrow(/SESSION_SECRET/)
  expect(() => readConfig({ SESSION_SECRET: SECRET, PORT: 'eighty' })).toThrow(/PORT/)
  expect(() => readConfig({ SESSION_SECRET: SECRET, RATE_LIMIT: 'lots' })).toThrow(/RATE_LIMIT/)
  expect(() => readConfig({ SESSION_SECRET: SECRET, BODY_LIMIT: '10' })).toThrow(/BODY_LIMIT/)
})
