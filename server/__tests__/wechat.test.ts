import Fastify, { type FastifyInstance } from 'fastify'

import { startServer } from './helpers'

/** A stand-in for api.weixin.qq.com's code2Session on 127.0.0.1 (these machines reach no outside host). */
async function startStub(): Promise<{
  stub: FastifyInstance
  base: string
  seen: Array<Record<string, string>>
}> {
  const seen: Array<Record<string, string>> = []
  const stub = Fastify()
  stub.get('/sns/jscode2session', async (request) => {
    const q = request.query as Record<string, string>
    seen.push(q)
    if (q.appid !== 'wx-app' || q.secret !== 'wx-secret' || q.grant_type !== 'authorization_code')
      return { errcode: 40013, errmsg: 'invalid appid' }
    if (q.js_code === 'good-code') return { openid: 'o-wx-resident-1', session_key: 'k' }
    if (q.js_code === 'busy') return { errcode: -1, errmsg: 'system error' }
    return { errcode: 40029, errmsg: 'invalid code' }
  })
  const address = await stub.listen({ port: 0, host: '127.0.0.1' })
  return { stub, base: address, seen }
}

describe('POST /api/session/wechat', () => {
  let stub: FastifyInstance
  let server: ReturnType<typeof startServer>
  let seen: Array<Record<string, string>>
  let stubBase: string
  beforeAll(async () => {
    const started = await startStub()
    stub = started.stub
    seen = started.seen
    stubBase = started.base
    server = startServer({
      WECHAT_APPID: 'wx-app',
      WECHAT_SECRET: 'wx-secret',
      WECHAT_API_BASE: started.base,
    })
  })
  afterAll(async () => {
    await server.app.close()
    await stub.close()
  })

  const exchange = (code: unknown) =>
    server.app.inject({ method: 'POST', url: '/api/session/wechat', payload: { code } })

  test('exchanges a wx.login code for a token naming the WeChat openid', async () => {
    const res = await exchange('good-code')
    expect(res.statusCode).toBe(200)
    expect(seen.at(-1)).toEqual({
      appid: 'wx-app',
      secret: 'wx-secret',
      js_code: 'good-code',
      grant_type: 'authorization_code',
    })
    const login = await server.call(res.json().token, 'user', { action: 'login' })
    expect(login.json().result.data.openid).toBe('o-wx-resident-1')
  })

  test('a code WeChat refuses is 401; WeChat failing is 502; a missing code is 400', async () => {
    expect((await exchange('used-code')).statusCode).toBe(401)
    expect((await exchange('busy')).statusCode).toBe(502)
    expect((await exchange('')).statusCode).toBe(400)
    expect(
      (await server.app.inject({ method: 'POST', url: '/api/session/wechat', payload: {} })).statusCode,
    ).toBe(400)
  })

  test('the exchange is rate-limited per address outside demo mode', async () => {
    const limited = startServer({
      RATE_LIMIT: '2/1',
      WECHAT_APPID: 'wx-app',
      WECHAT_SECRET: 'wx-secret',
      WECHAT_API_BASE: stubBase,
    })
    const statuses: number[] = []
    for (let i = 0; i < 3; i += 1)
      statuses.push(
        (
          await limited.app.inject({
            method: 'POST',
            url: '/api/session/wechat',
            payload: { code: 'good-code' },
          })
        ).statusCode,
      )
    expect(statuses).toEqual([200, 200, 429])
    await limited.app.close()
  })

  test('WeChat unreachable is 502; no AppID configured is 503', async () => {
    const down = startServer({
      WECHAT_APPID: 'wx-app',
      WECHAT_SECRET: 'wx-secret',
      WECHAT_API_BASE: 'http://127.0.0.1:9',
    })
    expect(
      (await down.app.inject({ method: 'POST', url: '/api/session/wechat', payload: { code: 'good-code' } }))
        .statusCode,
    ).toBe(502)
    await down.app.close()
    const unconfigured = startServer({})
    const res = await unconfigured.app.inject({
      method: 'POST',
      url: '/api/session/wechat',
      payload: { code: 'good-code' },
    })
    expect(res.statusCode).toBe(503)
    expect(res.json().error.code).toBe('NOT_CONFIGURED')
    await unconfigured.app.close()
  })
})
