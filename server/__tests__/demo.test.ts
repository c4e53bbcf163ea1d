import { DemoClock } from '../src/clock'
import { memoryCloud } from '../src/cloud'
import { DAY, demoToken, startServer } from './helpers'

/** The server's real time, fixed for these tests: the demo clock runs at it plus the offset. */
const real = { now: Date.parse('2026-11-26T10:00:00+08:00') }

const ledgerOf = async (server: ReturnType<typeof startServer>, token: string) => {
  const res = await server.call(token, 'points', { action: 'ledger' })
  expect(res.statusCode).toBe(200)
  return res.json().result.data.items as Array<{ at: number; amount: number; kind: string }>
}

describe('demo mode', () => {
  const server = startServer({ DEMO_MODE: '1' }, { cloud: memoryCloud(new DemoClock(() => real.now)) })
  afterAll(() => server.app.close())

  test('a session for any demo-… openid, and only those', async () => {
    const token = await demoToken(server.app, 'demo-clerk-7')
    const res = await server.call(token, 'user', { action: 'login' })
    expect(res.json().result.data.openid).toBe('demo-clerk-7')
    for (const openid of [
      'demo-',
      'alice',
      'demo-Alice',
      'demo-a_b',
      `demo-${'a'.repeat(41)}`,
      'xdemo-a',
      42,
    ]) {
      const bad = await server.app.inject({ method: 'POST', url: '/api/session/demo', payload: { openid } })
      expect([openid, bad.statusCode]).toEqual([openid, 400])
    }
    expect(
      (
        await server.app.inject({
          method: 'POST',
          url: '/api/session/demo',
          payload: { openid: `demo-${'a'.repeat(40)}` },
        })
      ).statusCode,
    ).toBe(200)
  })

  test('atMs holds the cloud’s clock still, seen through a call; offsetMs runs it at real time plus the offset', async () => {
    const token = await demoToken(server.app, 'demo-resident-a')
    const at = Date.parse('2027-03-01T08:00:00+08:00')
    const held = await server.app.inject({ method: 'POST', url: '/api/demo/clock', payload: { atMs: at } })
    expect(held.json()).toEqual({ nowMs: at, mode: 'held', atMs: at })
    // The seed dates the opening balance 3 days before the moment it is loaded.
    expect((await server.app.inject({ method: 'POST', url: '/api/demo/reset' })).statusCode).toBe(200)
    const [opening] = await ledgerOf(server, token)
    expect(opening).toMatchObject({ amount: 120, at: at - 3 * DAY })
    // Still held: a second reset a moment later seeds at the same instant.
    await new Promise((r) => setTimeout(r, 20))
    await server.app.inject({ method: 'POST', url: '/api/demo/reset' })
    expect((await ledgerOf(server, token))[0].at).toBe(at - 3 * DAY)

    const offset = -10 * DAY
    real.now += 5 * DAY
    const running = await server.app.inject({
      method: 'POST',
      url: '/api/demo/clock',
      payload: { offsetMs: offset },
    })
    expect(running.json()).toMatchObject({ mode: 'offset', offsetMs: offset })
    await server.app.inject({ method: 'POST', url: '/api/demo/reset' })
    expect((await ledgerOf(server, token))[0].at + 3 * DAY).toBe(real.now + offset)
    real.now += 60_000
    await server.app.inject({ method: 'POST', url: '/api/demo/reset' })
    expect((await ledgerOf(server, token))[0].at + 3 * DAY).toBe(real.now + offset)
    await server.app.inject({ method: 'POST', url: '/api/demo/clock', payload: { offsetMs: 0 } })
  })

  test('the clock takes exactly one of offsetMs and atMs', async () => {
    for (const payload of [{}, { offsetMs: 1, atMs: 2 }, { atMs: -1 }, { offsetMs: 1.5 }, { atMs: 'soon' }]) {
      const res = await server.app.inject({ method: 'POST', url: '/api/demo/clock', payload })
      expect([payload, res.statusCode]).toEqual([payload, 400])
    }
  })

  test('reset reloads the seed and sessions stay valid', async () => {
    const token = await demoToken(server.app, 'demo-resident-x')
    await server.call(token, 'user', {
      action: 'updateProfile',
      name: '王秀兰',
      phone: '13912345678',
      communityId: 'jc-xinhua',
    })
    expect((await server.call(token, 'user', { action: 'login' })).json().result.data.profile).toBeTruthy()
    await server.app.inject({ method: 'POST', url: '/api/demo/reset' })
    const after = await server.call(token, 'user', { action: 'login' })
    expect(after.statusCode).toBe(200)
    expect(after.json().result.data.profile).toBeFalsy()
  })
})

test('demo routes are 404 outside demo mode', async () => {
  const server = startServer({})
  for (const [url, payload] of [
    ['/api/session/demo', { openid: 'demo-resident-a' }],
    ['/api/demo/clock', { offsetMs: 1000 }],
    ['/api/demo/reset', {}],
  ] as const) {
    const res = await server.app.inject({ method: 'POST', url, payload })
    expect([url, res.statusCode]).toEqual([url, 404])
    expect(res.json().error.code).toBe('NOT_FOUND')
  }
  // …while the call route answers as usual.
  expect((await server.call(server.tokenFor('o-wx-1'), 'user', { action: 'login' })).statusCode).toBe(200)
  await server.app.close()
})
