import { createTokens } from '../src/token'
import { DAY, HOUR, SECRET, manualTime, startServer } from './helpers'

describe('POST /api/call', () => {
  const time = manualTime()
  const server = startServer({ DEMO_MODE: '1', SESSION_TTL_HOURS: '24' }, { realNow: time.now })
  afterAll(() => server.app.close())

  test('answers { result, errMsg, requestID } exactly as callFunction, as the token’s caller', async () => {
    const token = server.tokenFor('demo-resident-a')
    const res = await server.call(token, 'points', { action: 'balance' })
    expect(res.statusCode).toBe(200)
    const body = res.json()
    expect(Object.keys(body).sort()).toEqual(['errMsg', 'requestID', 'result'])
    expect(body.errMsg).toBe('cloud.callFunction:ok')
    expect(body.result).toEqual({ ok: true, data: expect.objectContaining({ available: 120 }) })
    const direct = await server.cloud.callFunction(
      { name: 'points', data: { action: 'balance' } },
      { openid: 'demo-resident-a' },
    )
    expect(body.result).toEqual(direct.result)
  })

  test('larger answers pass through the response schema unchanged', async () => {
    const token = server.tokenFor('demo-resident-a')
    for (const [name, data] of [
      ['news', { action: 'list' }],
      ['events', { action: 'list' }],
      ['user', { action: 'login' }],
      ['points', { action: 'ledger' }],
    ] as const) {
      const viaHttp = (await server.call(token, name, data)).json().result
      const direct = (await server.cloud.callFunction({ name, data }, { openid: 'demo-resident-a' })).result
      expect(viaHttp).toEqual(JSON.parse(JSON.stringify(direct)))
      expect(viaHttp.ok).toBe(true)
    }
  })

  test('a business error is HTTP 200 with ok:false', async () => {
    const token = server.tokenFor('demo-nobody')
    const unknown = await server.call(token, 'points', { action: 'steal' })
    expect(unknown.statusCode).toBe(200)
    expect(unknown.json().result).toEqual({
      ok: false,
      error: expect.objectContaining({ code: 'UNKNOWN_ACTION' }),
    })
    const invalid = await server.call(token, 'points', { action: 'ledger', limit: 500 })
    expect(invalid.statusCode).toBe(200)
    expect(invalid.json().result.error.code).toBe('INVALID_ARGUMENT')
  })

  test('identity in the body is ignored: only the token names the caller', async () => {
    const token = server.tokenFor('demo-someone-else')
    const res = await server.call(
      token,
      'user',
      { action: 'login', openid: 'demo-resident-a' },
      { openid: 'demo-resident-a', caller: { openid: 'demo-resident-a' } },
    )
    expect(res.json().result.data.openid).toBe('demo-someone-else')
    const balance = await server.call(
      token,
      'points',
      { action: 'balance', openid: 'demo-resident-a' },
      { openid: 'demo-resident-a' },
    )
    expect(balance.json().result.data.available).toBe(0)
  })

  test('a missing, malformed, forged or tampered token is 401, and nothing runs', async () => {
    const good = server.tokenFor('demo-resident-a')
    const forged = createTokens({ secret: `${SECRET}-other-server`, ttlMs: DAY }).sign('demo-resident-a')
    const [v, payload, mac] = good.split('.')
    const other = server.tokenFor('demo-resident-b').split('.')
    const swapped = `${v}.${other[1]}.${mac}` // b's payload under a's signature
    const tampered = `${v}.${Buffer.from(JSON.stringify({ sub: 'demo-resident-a', exp: 9e15 })).toString('base64url')}.${mac}`
    for (const header of [
      undefined,
      'Bearer',
      `Basic ${good}`,
      'Bearer not-a-token',
      `Bearer ${forged}`,
      `Bearer ${swapped}`,
      `Bearer ${tampered}`,
      `Bearer ${v}.${payload}.`,
    ]) {
      const res = await server.app.inject({
        method: 'POST',
        url: '/api/call',
        headers: header === undefined ? {} : { authorization: header },
        payload: { name: 'user', data: { action: 'login' } },
      })
      expect([header, res.statusCode]).toEqual([header, 401])
      expect(res.json().error.code).toBe('UNAUTHENTICATED')
    }
  })

  test('a token expires on real time, never on the demo clock', async () => {
    const token = server.tokenFor('demo-resident-a')
    await server.app.inject({ method: 'POST', url: '/api/demo/clock', payload: { offsetMs: 365 * DAY } })
    expect((await server.call(token, 'points', { action: 'balance' })).statusCode).toBe(200)
    await server.app.inject({ method: 'POST', url: '/api/demo/clock', payload: { offsetMs: -365 * DAY } })
    time.advance(23 * HOUR)
    expect((await server.call(token, 'points', { action: 'balance' })).statusCode).toBe(200)
    time.advance(HOUR)
    expect((await server.call(token, 'points', { action: 'balance' })).statusCode).toBe(401)
    await server.app.inject({ method: 'POST', url: '/api/demo/clock', payload: { offsetMs: 0 } })
  })

  test('a body that is not { name, data: { action } } is 400', async () => {
    const token = server.tokenFor('demo-resident-a')
    for (const payload of [
      {},
      { name: 'user' },
      { name: 'user', data: 'login' },
      { name: '', data: { action: 'login' } },
      { name: 'user', data: {} },
    ]) {
      const res = await server.app.inject({
        method: 'POST',
        url: '/api/call',
        headers: { authorization: `Bearer ${token}` },
        payload,
      })
      expect(res.statusCode).toBe(400)
      expect(res.json().error.code).toBe('INVALID_ARGUMENT')
    }
  })
})
