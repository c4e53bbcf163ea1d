import type { Envelope } from '../../contract/envelope'
import type { Ticket } from '../../contract/grid'
import v1Storage from '../db/__tests__/fixtures/v1-storage.json'
import { PHOTOS_FULL } from '../functions/grid/photos'
import { assembleCloud, createMemoryStorage, type MemoryStorage } from '../index'
import { START, dump, setupCloud } from './harness'

const A = 'demo-resident-a'
const PHONE = '13912345678'
const photo = (n: number, size = 150_000) => `data:image/jpeg;base64,${String(n).repeat(size)}`

function fixtureStorage(): MemoryStorage {
  return createMemoryStorage({ ...(v1Storage as Record<string, string>) })
}

/** Memory storage that reports `limit` as the platform's limit in bytes. */
function limitedStorage(limit: { bytes: number }): MemoryStorage {
  return { ...createMemoryStorage(), limitBytes: () => limit.bytes }
}

test('should upgrade a device holding v1 data in place on its next start, keeping every document', async () => {
  const storage = fixtureStorage()
  const v1 = v1Storage as Record<string, string>
  const env = setupCloud({ storage })

  const login = await env.ok(A, 'user', 'login')

  expect(login.notice).toBeUndefined()
  expect(login.profile).toMatchObject({ name: '王秀兰', communityId: 'jc-xinhua' })
  expect(
    storage.keys().filter((key) => key.startsWith('linli:v1:') || key.startsWith('linli:backup:')),
  ).toEqual([])
  expect(JSON.parse(storage.getItem('linli:meta') ?? '{}')).toMatchObject({ version: 2 })
  for (const name of JSON.parse(v1['linli:meta']).collections as string[]) {
    const before = (JSON.parse(v1[`linli:v1:${name}`]) as { _id: string }[]).map((doc) => doc._id)
    const after = (await env.db.query(name as 'users')).map((doc) => doc._id)
    // a domain newer than the data seeds its part on the upgraded device too (居民议事's residents)
    expect(after).toEqual(expect.arrayContaining(before))
  }
  expect(await env.ok(A, 'points', 'balance')).toMatchObject({ available: 100, held: 20 })
  const [ticket] = (await env.ok(A, 'grid', 'mine', {})).items
  const detail = await env.ok(A, 'grid', 'detail', { ticketNo: ticket.ticketNo })
  expect(detail.photos?.[0]).toMatch(/^data:image\/png;base64,/)
  expect(storage.getItem(`linli:v2:ticketPhotos:@${ticket.ticketNo}`)).toContain('data:image/png')
  expect((await env.ok(A, 'volunteer', 'mine', {})).items).toHaveLength(1)
  expect((await env.ok(A, 'shop', 'myOrders', {})).items).toHaveLength(1)
})

test('should keep the upgraded data across a restart and never redo the upgrade', async () => {
  const storage = fixtureStorage()
  await setupCloud({ storage }).ok(A, 'user', 'updateProfile', { name: '王秀英' })
  const upgraded = dump(storage)

  const restarted = setupCloud({ storage })

  expect((await restarted.ok(A, 'user', 'login')).profile?.name).toBe('王秀英')
  expect(dump(storage)).toEqual(upgraded)
})

test('should leave v1 data as it was when the upgrade does not fit, and upgrade on a later start', async () => {
  const inner = fixtureStorage()
  const original = dump(inner)
  const state = { full: true }
  const full: MemoryStorage = {
    ...inner,
    setItem(key, value) {
      if (state.full) throw new Error('QuotaExceededError')
      inner.setItem(key, value)
    },
  }

  const failed = await setupCloud({ storage: inner, backing: full }).call(A, 'user', 'login')
  expect(failed).toMatchObject({ ok: false, error: { code: 'INTERNAL' } })
  expect(dump(inner)).toEqual(original)

  state.full = false
  expect((await setupCloud({ storage: inner }).ok(A, 'user', 'login')).profile?.name).toBe('王秀兰')
})

test('should keep every write of two clouds (two H5 tabs) interleaving over one storage, ledger intact', async () => {
  const storage = createMemoryStorage()
  const clock = { now: START }
  const tab = () => assembleCloud({ storage, now: () => clock.now })
  const first = tab()
  const second = tab()
  const call = async (cloud: typeof first, openid: string, name: string, action: string, data = {}) => {
    const { result } = await cloud.cloud.callFunction({ name, data: { ...data, action } }, { openid })
    if (!result.ok) throw new Error(`${name}.${action}: ${JSON.stringify(result)}`)
    return result.data
  }
  await call(first, A, 'user', 'updateProfile', { name: '王秀兰', phone: PHONE, communityId: 'jc-xinhua' })
  await call(second, 'res-b', 'user', 'updateProfile', {
    name: '李建国',
    phone: '15000001111',
    communityId: 'jc-xinhua',
  })

  await Promise.all([
    ...[1, 2, 3].map((n) =>
      call(first, A, 'shop', 'redeem', { goodsId: 'goods-01', quantity: 1, requestId: `redeem-${n}-abcd` }),
    ),
    ...[1, 2, 3].map((n) =>
      call(second, 'res-b', 'grid', 'report', {
        category: 'sanitation',
        description: '楼下垃圾桶满了三天没人清运',
        address: '新华社区 3 号楼东侧',
        requestId: `report-${n}-abcd`,
      }),
    ),
    call(second, A, 'user', 'setPreferences', { elderMode: true }),
  ])

  const third = setupCloud({ storage })
  expect((await third.ok(A, 'shop', 'myOrders', {})).items).toHaveLength(3)
  expect((await third.ok('res-b', 'grid', 'mine', {})).items).toHaveLength(3)
  expect(new Set((await third.db.query('tickets')).map((t) => t._id)).size).toBe(3)
  expect((await third.ok(A, 'user', 'login')).elderMode).toBe(true)
  expect((await third.ok('res-b', 'user', 'login')).profile?.name).toBe('李建国')
  expect(await third.ok(A, 'points', 'balance')).toMatchObject({ available: 60, held: 60 })
  const accounts = await third.db.query('accounts')
  expect(accounts.reduce((sum, a) => sum + a.creditsPosted - a.debitsPosted, 0)).toBe(0)
  expect(accounts.reduce((sum, a) => sum + a.creditsPending - a.debitsPending, 0)).toBe(0)
  expect(await call(first, A, 'points', 'balance')).toMatchObject({ available: 60, held: 60 })
})

test('should warn in plain words from 80% of the storage limit on, and not before', async () => {
  const limit = { bytes: 10_000_000 }
  const env = setupCloud({ storage: limitedStorage(limit) })
  const quiet = await env.ok(A, 'user', 'storage', {})
  expect(quiet.usedBytes).toBeGreaterThan(10_000)
  expect(quiet.warning).toBeUndefined()

  limit.bytes = Math.ceil(quiet.usedBytes / 0.79)
  expect((await env.ok(A, 'user', 'storage', {})).warning).toBeUndefined()
  limit.bytes = Math.floor(quiet.usedBytes / 0.8)
  const warned = await env.ok(A, 'user', 'storage', {})

  expect(warned.ratio).toBeGreaterThanOrEqual(0.8)
  expect(warned.limitBytes).toBe(limit.bytes)
  expect(warned.warning).toMatch(/已用了 \d+%，快满了/)
  expect(warned.warning).toContain('无法保存')
})

async function setupPhotos(limitBytes: number) {
  const env = setupCloud({ storage: limitedStorage({ bytes: limitBytes }) })
  await env.ok(A, 'user', 'updateProfile', { name: '王秀兰', phone: PHONE, communityId: 'jc-xinhua' })
  await env.ok('staff', 'user', 'bindRole', { inviteCode: 'JC-STAFF-2026' })
  let n = 0
  const report = (photos: string[]): Promise<Envelope<Ticket>> =>
    env.call(A, 'grid', 'report', {
      category: 'sanitation',
      description: '楼下垃圾桶满了三天没人清运',
      address: '新华社区 3 号楼东侧',
      photos,
      requestId: `photo-request-${++n}`,
    }) as Promise<Envelope<Ticket>>
  const finish = async (ticketNo: string) => {
    await env.ok('staff', 'grid', 'advance', { ticketNo, to: 'accepted', note: '已受理' })
    await env.ok('staff', 'grid', 'advance', { ticketNo, to: 'resolved', note: '已处理' })
    await env.ok(A, 'grid', 'rate', { ticketNo, score: 5 })
  }
  return { ...env, report, finish }
}

test('should drop photos of the longest finished reports first when new photos pass the photo budget', async () => {
  // 1,500,000 bytes of storage: a photo budget of 600,000 bytes, room for four 150,000-character photos.
  const env = await setupPhotos(1_500_000)
  const first = await env.report([photo(1), photo(2)])
  const second = await env.report([photo(3)])
  if (!first.ok || !second.ok) throw new Error('reports failed')
  await env.finish(first.data.ticketNo)

  const third = await env.report([photo(4), photo(5)])

  expect(third.ok).toBe(true)
  expect((await env.ok(A, 'grid', 'detail', { ticketNo: first.data.ticketNo })).photos ?? []).toEqual([])
  expect((await env.ok(A, 'grid', 'detail', { ticketNo: second.data.ticketNo })).photos).toEqual([photo(3)])
  expect(env.storage.getItem(`linli:v2:ticketPhotos:@${first.data.ticketNo}`)).toBeNull()
  expect((await env.ok(A, 'user', 'storage', {})).photoBytes).toBeLessThanOrEqual(600_000)
})

test('should refuse new photos past the budget with a clear message when no finished report has photos', async () => {
  const env = await setupPhotos(1_500_000)
  expect((await env.report([photo(1), photo(2), photo(3)])).ok).toBe(true)
  const before = env.snapshot()

  const refused = await env.report([photo(4), photo(5)])

  expect(refused).toEqual({ ok: false, error: { code: 'QUOTA_EXCEEDED', message: PHOTOS_FULL } })
  expect(env.snapshot()).toEqual(before)
  expect((await env.report([])).ok).toBe(true)
})

test('should clean photos of finished reports on request, keeping the reports', async () => {
  const env = await setupPhotos(10_000_000)
  const done = await env.report([photo(1)])
  const open = await env.report([photo(2)])
  if (!done.ok || !open.ok) throw new Error('reports failed')
  await env.finish(done.data.ticketNo)
  const before = await env.ok(A, 'user', 'storage', {})
  expect(before.cleanableReports).toBe(1)

  const cleaned = await env.ok(A, 'user', 'cleanPhotos', {})

  expect(cleaned).toMatchObject({ removed: 1, cleanableReports: 0 })
  expect(cleaned.usedBytes).toBeLessThan(before.usedBytes - 150_000)
  expect((await env.ok(A, 'user', 'storage', {})).usedBytes).toBe(cleaned.usedBytes)
  expect((await env.ok(A, 'grid', 'detail', { ticketNo: done.data.ticketNo })).status).toBe('closed')
  expect((await env.ok(A, 'grid', 'detail', { ticketNo: open.data.ticketNo })).photos).toEqual([photo(2)])
})
