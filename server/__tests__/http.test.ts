import type { CallFunctionResult } from '../../src/contract/envelope'
import { DemoClock } from '../src/clock'
import { memoryCloud, type ServerCloud } from '../src/cloud'
import { H5, manualTime, startServer } from './helpers'

describe('per-caller rate limit', () => {
  const time = manualTime()
  const server = startServer({ RATE_LIMIT: '3/1' }, { realNow: time.now })
  afterAll(() => server.app.close())

  test('a caller past its burst gets 429 with Retry-After; others go on; the bucket refills on real time', async () => {
    const a = server.tokenFor('o-wx-a')
    const b = server.tokenFor('o-wx-b')
    for (let i = 0; i < 3; i += 1)
      expect((await server.call(a, 'user', { action: 'login' })).statusCode).toBe(200)
    const limited = await server.call(a, 'user', { action: 'login' })
    expect(limited.statusCode).toBe(429)
    expect(limited.headers['retry-after']).toBe('1')
    expect(limited.json().error.code).toBe('RATE_LIMITED')
    expect((await server.call(b, 'user', { action: 'login' })).statusCode).toBe(200)
    time.advance(1000)
    expect((await server.call(a, 'user', { action: 'login' })).statusCode).toBe(200)
    expect((await server.call(a, 'user', { action: 'login' })).statusCode).toBe(429)
  })

  test('failed sessions spend the address’s budget: guessing tokens ends in 429', async () => {
    const statuses: number[] = []
    for (let i = 0; i < 4; i += 1)
      statuses.push((await server.call(`v1.guess${i}.x`, 'user', { action: 'login' })).statusCode)
    expect(statuses).toEqual([401, 401, 401, 429])
  })

  test('off in demo mode', async () => {
    const demo = startServer({ DEMO_MODE: '1', RATE_LIMIT: '3/1' })
    expect(demo.config.rateLimit).toBeNull()
    const token = demo.tokenFor('demo-busy')
    for (let i = 0; i < 20; i += 1)
      expect((await demo.call(token, 'user', { action: 'login' })).statusCode).toBe(200)
    await demo.app.close()
  })
})

describe('CORS for the H5 origin only', () => {
  const server = startServer({ DEMO_MODE: '1' })
  afterAll(() => server.app.close())

  test('a preflight from the H5 origin is allowed; from elsewhere refused', async () => {
    const ok = await server.app.inject({
      method: 'OPTIONS',
      url: '/api/call',
      headers: {
        origin: H5,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization, content-type',
      },
    })
    expect(ok.statusCode).toBe(204)
    expect(ok.headers['access-control-allow-origin']).toBe(H5)
    expect(ok.headers['access-control-allow-headers']).toMatch(/authorization/)
    expect(ok.headers['access-control-allow-methods']).toMatch(/POST/)
    const other = await server.app.inject({
      method: 'OPTIONS',
      url: '/api/call',
      headers: { origin: 'https://evil.example' },
    })
    expect(other.statusCode).toBe(403)
    expect(other.headers['access-control-allow-origin']).toBeUndefined()
  })

  test('answers carry Access-Control-Allow-Origin only for the H5 origin', async () => {
    const token = server.tokenFor('demo-resident-a')
    const h5 = await server.app.inject({
      method: 'POST',
      url: '/api/call',
      headers: { origin: H5, authorization: `Bearer ${token}` },
      payload: { name: 'user', data: { action: 'login' } },
    })
    expect(h5.headers['access-control-allow-origin']).toBe(H5)
    expect(h5.headers.vary).toMatch(/Origin/)
    const denied = await server.app.inject({
      method: 'POST',
      url: '/api/call',
      headers: { origin: H5 },
      payload: {},
    })
    expect(denied.statusCode).toBe(401)
    expect(denied.headers['access-control-allow-origin']).toBe(H5) // so the app can read the 401
    const other = await server.app.inject({
      method: 'GET',
      url: '/healthz',
      headers: { origin: 'https://evil.example' },
    })
    expect(other.headers['access-control-allow-origin']).toBeUndefined()
  })

  test('no H5 origin configured: no CORS headers at all', async () => {
    const bare = startServer({ DEMO_MODE: '1', H5_ORIGIN: '' })
    const res = await bare.app.inject({ method: 'GET', url: '/healthz', headers: { origin: H5 } })
    expect(res.headers['access-control-allow-origin']).toBeUndefined()
    expect(
      (await bare.app.inject({ method: 'OPTIONS', url: '/api/call', headers: { origin: H5 } })).statusCode,
    ).toBe(403)
    await bare.app.close()
  })
})

describe('GET /healthz', () => {
  test('200 when the database answers, 503 when it does not', async () => {
    const server = startServer({ DEMO_MODE: '1' })
    const res = await server.app.inject({ method: 'GET', url: '/healthz' })
    expect([res.statusCode, res.json()]).toEqual([200, { status: 'ok' }])
    await server.app.close()
    const broken: ServerCloud = {
      ...memoryCloud(),
      ping: () => Promise.reject(new Error('connection refused')),
    }
    const down = startServer({ DEMO_MODE: '1' }, { cloud: broken })
    expect((await down.app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(503)
    await down.app.close()
  })
})

describe('body size limit', () => {
  const server = startServer({ DEMO_MODE: '1' })
  afterAll(() => server.app.close())
  const photo = (n: number) => `data:image/jpeg;base64,${'A'.repeat(200_000 - 23 - n)}${'B'.repeat(n)}`

  test('a report with 3 photos of 200,000 characters fits', async () => {
    const token = server.tokenFor('demo-reporter')
    await server.call(token, 'user', {
      action: 'updateProfile',
      name: '王秀兰',
      phone: '13912345678',
      communityId: 'jc-xinhua',
    })
    expect(photo(1)).toHaveLength(200_000)
    const res = await server.call(token, 'grid', {
      action: 'report',
      category: 'sanitation',
      description: '楼下垃圾桶满了三天没人清运',
      address: '新华社区 3 号楼东侧',
      photos: [photo(1), photo(2), photo(3)],
      requestId: 'request-photos-1',
    })
    expect(res.statusCode).toBe(200)
    expect(res.json().result).toMatchObject({ ok: true, data: { photoCount: 3 } })
  })

  test('a larger body is 413 before it reaches the cloud', async () => {
    const token = server.tokenFor('demo-reporter')
    const res = await server.call(token, 'grid', {
      action: 'report',
      photos: [photo(1), photo(1), photo(1), photo(1), photo(1), photo(1)],
    })
    expect(res.statusCode).toBe(413)
    expect(res.json().error.code).toBe('BODY_TOO_LARGE')
    const session = await server.app.inject({
      method: 'POST',
      url: '/api/session/demo',
      payload: { openid: `demo-${'a'.repeat(20_000)}` },
    })
    expect(session.statusCode).toBe(413)
  })
})

describe('graceful close', () => {
  test('waits for an in-flight call to answer before releasing the database', async () => {
    let finish: () => void = () => undefined
    const events: string[] = []
    const slow: ServerCloud = {
      clock: new DemoClock(),
      reset: async () => undefined,
      callFunction: () =>
        new Promise<CallFunctionResult<unknown>>((resolve) => {
          events.push('call started')
          finish = () => {
            events.push('call finished')
            resolve({ result: { ok: true, data: 'done' }, errMsg: 'cloud.callFunction:ok', requestID: 'r1' })
          }
        }),
      close: async () => void events.push('database released'),
    }
    const server = startServer({ DEMO_MODE: '1' }, { cloud: slow })
    const answer = server.call(server.tokenFor('demo-a'), 'user', { action: 'login' })
    while (events.length === 0) await new Promise((r) => setTimeout(r, 5))
    expect(events).toEqual(['call started'])
    const closed = server.app.close().then(() => void events.push('closed'))
    await new Promise((r) => setTimeout(r, 50))
    expect(events).toEqual(['call started'])
    finish()
    const res = await answer
    await closed
    expect(res.statusCode).toBe(200)
    expect(res.json().result).toEqual({ ok: true, data: 'done' })
    expect(events).toEqual(['call started', 'call finished', 'database released', 'closed'])
  })
})

describe('logs', () => {
  test('name the route, call, status and duration — never the openid, phone, token or body', async () => {
    const lines: string[] = []
    const server = startServer(
      { DEMO_MODE: '1', LOG_LEVEL: 'info' },
      { logStream: { write: (line) => void lines.push(line) } },
    )
    const token = server.tokenFor('demo-secret-person')
    await server.call(token, 'user', {
      action: 'updateProfile',
      name: '王秀兰',
      phone: '13912345678',
      communityId: 'jc-xinhua',
    })
    await server.call(token, 'user', { action: 'updateProfile', name: '王秀兰', phone: 'not-13912345678' })
    await server.app.inject({
      method: 'POST',
      url: '/api/call',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      payload: '{"name":"13912345678",',
    })
    await server.app.inject({
      method: 'POST',
      url: '/api/session/demo',
      payload: { openid: 'demo-secret-person' },
    })
    await server.app.inject({
      method: 'POST',
      url: '/api/session/demo',
      payload: { openid: 'Demo-13912345678' },
    })
    await server.call('x.13912345678.y', 'user', { action: 'login' })
    await server.app.close()
    const text = lines.join('')
    for (const secret of [
      'secret-person',
      '13912345678',
      token,
      token.split('.')[1],
      '王秀兰',
      'jc-xinhua',
      '127.0.0.1',
    ])
      expect(text).not.toContain(secret)
    const entries = lines.map((l) => JSON.parse(l) as Record<string, unknown>)
    expect(entries).toContainEqual(
      expect.objectContaining({
        route: '/api/call',
        call: 'user.updateProfile',
        status: 200,
        ms: expect.any(Number),
      }),
    )
    expect(entries).toContainEqual(expect.objectContaining({ route: '/api/call', status: 401 }))
    expect(entries).toContainEqual(expect.objectContaining({ route: '/api/session/demo', status: 400 }))
  })
})
