/**
 * Real concurrency on PostgreSQL: several clouds (as several server processes would be), each with
 * its own connection pool, on one database. Needs the cluster of scripts/pg.sh (npm run test:pg).
 */
import { randomBytes } from 'node:crypto'
import { Pool } from 'pg'
import type { Envelope } from '../../src/contract/envelope'
import { assembleCloud } from '../../src/cloud'
import { openPgDatabase, type PgDatabase } from '../src/store'
import { testDatabaseUrl } from './support/pg-url'

jest.setTimeout(60_000)

const START = Date.UTC(2026, 6, 20, 1, 30)
const HOUR = 3_600_000
const STAFF = 'staff-jc'

const dbs: PgDatabase[] = []
const schemas: string[] = []

/** `count` clouds, each with its own pool of 10 connections, on one fresh database (schema). */
function cloudsOnPg(count: number) {
  const schema = `c_${process.pid}_${randomBytes(4).toString('hex')}_${schemas.length}`
  schemas.push(schema)
  return Array.from({ length: count }, () => {
    const database = openPgDatabase(testDatabaseUrl(), { schema, pool: { max: 10 } })
    dbs.push(database)
    return assembleCloud({ database, now: () => START })
  })
}

afterAll(async () => {
  await Promise.all(dbs.map((db) => db.close()))
  const admin = new Pool({ connectionString: testDatabaseUrl(), max: 1 })
  for (const schema of schemas) await admin.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`)
  await admin.end()
})

async function call(
  cloud: ReturnType<typeof assembleCloud>['cloud'],
  openid: string,
  name: string,
  action: string,
  data: Record<string, unknown> = {},
): Promise<Envelope<unknown>> {
  const { result } = await cloud.callFunction({ name, data: { ...data, action } }, { openid })
  return result as Envelope<unknown>
}

async function ok(
  cloud: ReturnType<typeof assembleCloud>['cloud'],
  openid: string,
  name: string,
  action: string,
  data = {},
) {
  const result = await call(cloud, openid, name, action, data)
  if (!result.ok) throw new Error(`${name}.${action}: ${result.error.code} ${result.error.message}`)
  return result.data as Record<string, unknown>
}

test('should let exactly 10 of 50 concurrent sign-ups for 10 places in, over five pools, the rest QUOTA_EXCEEDED', async () => {
  const clouds = cloudsOnPg(5)
  const [first] = clouds
  await first.ready()
  await ok(first.cloud, STAFF, 'user', 'bindRole', { inviteCode: 'JC-STAFF-2026' })
  await ok(first.cloud, STAFF, 'user', 'updateProfile', { name: '张社工', phone: '13700001111' })
  const activity = await ok(first.cloud, STAFF, 'volunteer', 'create', {
    title: '河道清理',
    description: '沿洸府河捡拾垃圾',
    place: '洸府河新华段',
    startAt: START + 2 * HOUR,
    endAt: START + 4 * HOUR,
    quota: 10,
    points: 20,
  })
  const residents = Array.from({ length: 50 }, (_, i) => `vol-${i}`)
  await Promise.all(
    residents.map((openid, i) =>
      ok(first.cloud, openid, 'user', 'updateProfile', {
        name: '志愿者',
        phone: `1390000${String(i).padStart(4, '0')}`,
      }),
    ),
  )
  await Promise.all(clouds.map((c) => c.ready()))

  const results = await Promise.all(
    residents.map((openid, i) =>
      call(clouds[i % clouds.length].cloud, openid, 'volunteer', 'signUp', { activityId: activity.id }),
    ),
  )

  const codes = results.map((r) => (r.ok ? 'OK' : r.error.code))
  if (process.env.PG_STATS) console.log('sign-ups', JSON.stringify(dbs.slice(-5).map((d) => d.stats)))
  expect(codes.filter((c) => c === 'OK')).toHaveLength(10)
  expect(codes.filter((c) => c === 'QUOTA_EXCEEDED')).toHaveLength(40)
  const signups = await first.db.query('signups', { activityId: activity.id as string })
  expect(signups.filter((s) => s.status === 'signed')).toHaveLength(10)
  expect((await first.db.get('activities', activity.id as string))?.signedUp).toBe(10)
})

test('should confirm one code exactly once under 100 concurrent confirms over five pools, the rest CONFLICT', async () => {
  const clouds = cloudsOnPg(5)
  const [first] = clouds
  await first.ready()
  await Promise.all(clouds.map((c) => c.ready()))
  const resident = 'demo-resident-a'
  await ok(first.cloud, resident, 'user', 'updateProfile', { name: '王秀兰', phone: '13912345678' })
  await ok(first.cloud, 'demo-clerk', 'user', 'bindRole', { inviteCode: 'YJ-CLERK-2026' })
  const order = await ok(first.cloud, resident, 'shop', 'redeem', {
    goodsId: 'goods-04',
    quantity: 1,
    requestId: 'req-confirm-race-1',
  })

  const results = await Promise.all(
    Array.from({ length: 100 }, (_, i) =>
      call(clouds[i % clouds.length].cloud, 'demo-clerk', 'shop', 'confirm', { code: order.code }),
    ),
  )

  const codes = results.map((r) => (r.ok ? 'OK' : r.error.code))
  if (process.env.PG_STATS) console.log('confirms', JSON.stringify(dbs.slice(-5).map((d) => d.stats)))
  expect(codes.filter((c) => c === 'OK')).toHaveLength(1)
  expect(codes.filter((c) => c === 'CONFLICT')).toHaveLength(99)
  const stored = await first.db.get('orders', order.id as string)
  expect(stored?.status).toBe('confirmed')
  expect(await first.db.query('transfers', { pendingId: stored?.transferId })).toEqual([
    expect.objectContaining({ type: 'post' }),
  ])
  const accounts = await first.db.query('accounts')
  expect(accounts.reduce((sum, a) => sum + a.creditsPosted - a.debitsPosted, 0)).toBe(0)
})
