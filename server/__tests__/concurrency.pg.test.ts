/**
 * Real concurrency on PostgreSQL: several clouds (as several server processes would be), each with
 * its own connection pool, on one database. Needs the cluster of scripts/pg.sh (npm run test:pg).
 */
import { Pool } from 'pg'
import type { Envelope } from '../../src/contract/envelope'
import { assembleCloud } from '../../src/cloud'
import { openPgDatabase, type PgDatabase } from '../src/store'
import { testDatabaseUrl } from './support/pg-url'

const START = Date.UTC(2026, 6, 20, 1, 30)
const HOUR = 3_600_000
const STAFF = 'staff-jc'

const schema = `c_${process.pid}_${Date.now().toString(36)}`
const dbs: PgDatabase[] = []

function cloudOnPg() {
  const database = openPgDatabase(testDatabaseUrl(), { schema, pool: { max: 10 } })
  dbs.push(database)
  return assembleCloud({ database, now: () => START })
}

afterAll(async () => {
  await Promise.all(dbs.map((db) => db.close()))
  const admin = new Pool({ connectionString: testDatabaseUrl(), max: 1 })
  await admin.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`)
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
  const first = cloudOnPg()
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
  const clouds = [first, cloudOnPg(), cloudOnPg(), cloudOnPg(), cloudOnPg()]
  await Promise.all(clouds.map((c) => c.ready()))

  const results = await Promise.all(
    residents.map((openid, i) =>
      call(clouds[i % clouds.length].cloud, openid, 'volunteer', 'signUp', { activityId: activity.id }),
    ),
  )

  const codes = results.map((r) => (r.ok ? 'OK' : r.error.code))
  expect(codes.filter((c) => c === 'OK')).toHaveLength(10)
  expect(codes.filter((c) => c === 'QUOTA_EXCEEDED')).toHaveLength(40)
  const signups = await first.db.query('signups', { activityId: activity.id as string })
  expect(signups.filter((s) => s.status === 'signed')).toHaveLength(10)
  expect((await first.db.get('activities', activity.id as string))?.signedUp).toBe(10)
})
