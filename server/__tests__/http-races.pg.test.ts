import { randomBytes } from 'node:crypto'
/**
 * Races over real sockets: a listening server (buildServer(...).listen on 127.0.0.1:0) on
 * PostgreSQL, the seeded demo cloud in a schema of its own, clients sending concurrent requests on
 * separate HTTP connections. Every answer is HTTP 200 with its business outcome — never INTERNAL.
 */
import type { FastifyInstance } from 'fastify'
import type { AddressInfo } from 'node:net'
import { Pool } from 'pg'

import { buildServer } from '../src/build-server'
import { DemoClock } from '../src/clock'
import { pgCloud, type ServerCloud } from '../src/cloud'
import { openPgDatabase, type PgDatabase } from '../src/store'
import { configOf } from './helpers'
import { demoClient, ledgerReport, outcome, tally, type Client } from './support/http-pg'
import { testDatabaseUrl } from './support/pg-url'

jest.setTimeout(120_000)

/** 2026-07-20 09:30 China time: the summer sessions are ahead. */
const START = Date.UTC(2026, 6, 20, 1, 30)
const HOUR = 3_600_000
const schema = `h_${process.pid}_${randomBytes(4).toString('hex')}`

let app: FastifyInstance
let cloud: ServerCloud
let db: PgDatabase
let client: Client

beforeAll(async () => {
  const clock = new DemoClock()
  clock.holdAt(START)
  cloud = await pgCloud(testDatabaseUrl(), clock, { seed: true, schema, pool: { max: 10 } })
  await cloud.ping!()
  app = buildServer({ config: configOf({ DEMO_MODE: '1' }), cloud })
  await app.listen({ port: 0, host: '127.0.0.1' })
  const { port } = app.server.address() as AddressInfo
  client = demoClient(`http://127.0.0.1:${port}`)
  // a second pool on the same schema, as a second process would read it
  db = openPgDatabase(testDatabaseUrl(), { schema, pool: { max: 2 } })
})

afterAll(async () => {
  await app?.close() // closes the cloud's pool too
  await db?.close()
  const admin = new Pool({ connectionString: testDatabaseUrl(), max: 1 })
  await admin.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`)
  await admin.end()
})

const profile = (openid: string, i: number) =>
  client.ok(openid, 'user', 'updateProfile', { name: '居民', phone: `1390000${String(i).padStart(4, '0')}` })

test('should confirm one code exactly once under 100 concurrent confirms by four clerks of its shop, the rest CONFLICT', async () => {
  const clerks = ['demo-clerk', 'demo-clerk-2', 'demo-clerk-3', 'demo-clerk-4']
  for (const clerk of clerks) await client.ok(clerk, 'user', 'bindRole', { inviteCode: 'YJ-CLERK-2026' })
  await client.ok('demo-resident-a', 'user', 'updateProfile', { name: '王秀兰', phone: '13912345678' })
  const order = await client.ok('demo-resident-a', 'shop', 'redeem', {
    goodsId: 'goods-01',
    quantity: 1,
    requestId: 'http-confirm-race-1',
  })

  const answers = await Promise.all(
    Array.from({ length: 100 }, (_, i) =>
      client.call(clerks[i % clerks.length], 'shop', 'confirm', { code: order.code }),
    ),
  )

  expect(tally(answers.map(outcome))).toEqual({ OK: 1, CONFLICT: 99 })
  const stored = await db.get('orders', order.id as string)
  expect(stored?.status).toBe('confirmed')
  expect(await db.query('transfers', { pendingId: stored?.transferId })).toEqual([
    expect.objectContaining({ type: 'post', amount: 20 }),
  ])
  const ledger = await ledgerReport(db)
  expect(ledger).toMatchObject({ posted: 0, pending: 0, confirmedWithoutPost: [], holdsWithoutOrder: [] })
})

test('should let exactly 10 of 50 concurrent sign-ups (50 residents with profiles) into 10 places, the rest QUOTA_EXCEEDED', async () => {
  const staff = 'demo-staff-race'
  await client.ok(staff, 'user', 'bindRole', { inviteCode: 'JC-STAFF-2026' })
  await client.ok(staff, 'user', 'updateProfile', { name: '张社工', phone: '13700001111' })
  const activity = await client.ok(staff, 'volunteer', 'create', {
    title: '河道清理',
    description: '沿洸府河捡拾垃圾',
    place: '洸府河新华段',
    startAt: START + 2 * HOUR,
    endAt: START + 4 * HOUR,
    quota: 10,
    points: 20,
  })
  const residents = Array.from({ length: 50 }, (_, i) => `demo-vol-${i}`)
  await Promise.all(residents.map((openid, i) => profile(openid, i)))

  const answers = await Promise.all(
    residents.map((openid) => client.call(openid, 'volunteer', 'signUp', { activityId: activity.id })),
  )

  expect(tally(answers.map(outcome))).toEqual({ OK: 10, QUOTA_EXCEEDED: 40 })
  const signups = await db.query('signups', { activityId: activity.id as string })
  expect(signups.filter((s) => s.status === 'signed')).toHaveLength(10)
  expect((await db.get('activities', activity.id as string))?.signedUp).toBe(10)
})

test("should book exactly a session's capacity when three times as many residents book it at once, the rest QUOTA_EXCEEDED", async () => {
  const open = (await db.query('sessions')).filter((s) => !s.requires && s.startAt > START && s.booked === 0)
  const session = open.reduce((a, b) => (b.capacity < a.capacity ? b : a))
  expect(session.capacity).toBeLessThanOrEqual(50) // the reading camp: 10 places a period
  const residents = Array.from({ length: 3 * session.capacity }, (_, i) => `demo-book-${i}`)
  await Promise.all(residents.map((openid, i) => profile(openid, 100 + i)))

  const answers = await Promise.all(
    residents.map((openid, i) =>
      client.call(openid, 'events', 'book', {
        sessionId: session._id,
        seats: 1,
        requestId: `http-book-${i}`,
      }),
    ),
  )

  expect(tally(answers.map(outcome))).toEqual({
    OK: session.capacity,
    QUOTA_EXCEEDED: 2 * session.capacity,
  })
  expect((await db.get('sessions', session._id))?.booked).toBe(session.capacity)
  const bookings = await db.query('bookings', { sessionId: session._id })
  expect(bookings).toHaveLength(session.capacity)
})

test('should answer 20 concurrent replays of one redeem requestId identically, with one order and one hold', async () => {
  const resident = 'demo-resident-a'
  const before = await db.query('orders', { openid: resident })
  const account = (await db.get('users', resident))!.accountId
  const held = (await db.get('accounts', account))!.debitsPending

  const answers = await Promise.all(
    Array.from({ length: 20 }, () =>
      client.call(resident, 'shop', 'redeem', {
        goodsId: 'goods-01',
        quantity: 1,
        requestId: 'http-replay-1',
      }),
    ),
  )

  expect(tally(answers.map(outcome))).toEqual({ OK: 20 })
  const results = answers.map((a) => JSON.stringify(a.result))
  expect(new Set(results).size).toBe(1)
  const after = await db.query('orders', { openid: resident })
  expect(after).toHaveLength(before.length + 1)
  const added = after.filter((o) => !before.some((b) => b._id === o._id))
  expect((results[0] && JSON.parse(results[0]).data.id) as string).toBe(added[0]._id)
  expect((await db.get('accounts', account))!.debitsPending).toBe(held + 20)
  const holds = (await db.query('transfers')).filter((t) => t.ref?.id === added[0]._id)
  expect(holds).toEqual([expect.objectContaining({ type: 'pending', amount: 20 })])
  const ledger = await ledgerReport(db)
  expect(ledger).toMatchObject({
    posted: 0,
    pending: 0,
    confirmedWithoutPost: [],
    holdsWithoutOrder: [],
    pendingWithoutHold: [],
  })
})
