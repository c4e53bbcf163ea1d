import { DEMO_INVITE_CODES } from '../../contract/demo'
import { createMemoryStorage, createMockCloud, type KeyValueStorage } from '../index'
import { dump, setupCloud, storedText } from './harness'

const PHONE = '13912345678'

/** Memory storage that refuses values longer than `limit`, like WeChat's 1 MB per key. */
function setupLimitedStorage() {
  const inner = createMemoryStorage()
  const state = { limit: Infinity }
  const storage: KeyValueStorage = {
    getItem: (key) => inner.getItem(key),
    removeItem: (key) => inner.removeItem(key),
    setItem(key, value) {
      if (value.length > state.limit) throw new Error('setStorage:fail exceed storage item max length')
      inner.setItem(key, value)
    },
  }
  return { inner, storage, state }
}

test('should expose createMockCloud with in-memory defaults', async () => {
  const cloud = createMockCloud()

  const answer = await cloud.callFunction(
    { name: 'user', data: { action: 'login' } },
    { openid: 'demo-resident-a' },
  )

  expect(answer).toEqual({
    result: { ok: true, data: expect.objectContaining({ openid: 'demo-resident-a', roles: ['resident'] }) },
    errMsg: 'cloud.callFunction:ok',
    requestID: expect.any(String),
  })
})

test('should let a second cloud over the same storage see everything the first committed', async () => {
  const first = setupCloud()
  await first.ok('demo-resident-b', 'user', 'updateProfile', {
    name: '李建国',
    phone: PHONE,
    communityId: 'jy-longxing',
  })
  await first.ok('demo-resident-b', 'user', 'bindRole', { inviteCode: 'JY-STAFF-2026' })
  await first.ok('demo-resident-b', 'user', 'setPreferences', { elderMode: true })
  const view = await first.ok('demo-resident-b', 'user', 'login')

  const second = setupCloud({ storage: first.storage })

  expect(await second.ok('demo-resident-b', 'user', 'login')).toEqual(view)
  expect(await second.ok('demo-resident-a', 'points', 'balance')).toEqual({
    available: 120,
    held: 0,
    earned: 120,
    spent: 0,
  })
  expect(await second.ok('x', 'news', 'list')).toEqual(await first.ok('x', 'news', 'list'))
  expect(Object.keys(dump(first.storage)).every((key) => /^linli:(meta|v2:[a-zA-Z]+:\d+)$/.test(key))).toBe(
    true,
  )
})

test('should fail a write that does not fit in storage with a clear error and keep everything as it was', async () => {
  const { inner, storage, state } = setupLimitedStorage()
  const env = setupCloud({ storage: inner, backing: storage })
  const before = await env.ok('demo-resident-a', 'user', 'login')
  const stored = dump(inner)
  state.limit = storedText(inner, 'users').length

  const result = await env.call('demo-resident-a', 'user', 'updateProfile', { name: '王秀兰', phone: PHONE })

  expect(result).toEqual({
    ok: false,
    error: { code: 'INTERNAL', message: expect.stringContaining('存储空间') },
  })
  expect(dump(inner)).toEqual(stored)
  state.limit = Infinity
  expect(await env.ok('demo-resident-a', 'user', 'login')).toEqual(before)
  expect(await setupCloud({ storage: inner }).ok('demo-resident-a', 'user', 'login')).toEqual(before)
})

test('should reset to the seed, wiping only this cloud’s data keys', async () => {
  const env = setupCloud()
  await env.ok('demo-resident-a', 'user', 'updateProfile', { name: '王秀兰', phone: PHONE })
  await env.ok('demo-clerk', 'user', 'bindRole', { inviteCode: 'YJ-CLERK-2026' })
  env.storage.setItem('linli-app:identity', 'demo-clerk')
  env.storage.setItem('linli:backup:linli:meta:1', 'old copy')

  await env.cloud.reset()

  expect((await env.ok('demo-resident-a', 'user', 'login')).profile).toBeNull()
  expect((await env.ok('demo-clerk', 'user', 'login')).roles).toEqual(['resident'])
  expect(await env.ok('demo-resident-a', 'points', 'balance')).toMatchObject({ available: 120, held: 0 })
  expect(env.storage.getItem('linli-app:identity')).toBe('demo-clerk')
  expect(env.storage.getItem('linli:backup:linli:meta:1')).toBe('old copy')
  expect(storedText(env.storage, 'users')).not.toContain(PHONE)
  expect(await env.db.query('transfers')).toHaveLength(1)
})

test('should never let a call see the empty gap inside a reset', async () => {
  const env = setupCloud()
  await env.ok('x', 'user', 'login')

  const [, streets, news] = await Promise.all([
    env.cloud.reset(),
    env.ok('x', 'user', 'communities'),
    env.ok('x', 'news', 'list'),
  ])

  expect(streets.length).toBeGreaterThan(0)
  expect(news.items.length).toBeGreaterThan(0)
})

test('should start empty without the seed', async () => {
  const { ok } = setupCloud({ seed: false })

  expect(await ok('x', 'user', 'communities')).toEqual([])
  expect(await ok('x', 'news', 'list')).toEqual({ items: [], nextCursor: null })
  expect(await ok('demo-resident-a', 'points', 'balance')).toEqual({
    available: 0,
    held: 0,
    earned: 0,
    spent: 0,
  })
})

test('should seed the district: issuer funds per 街道, partner shops, invite codes and a zero-sum ledger', async () => {
  const { db, ready } = setupCloud()
  await ready()

  const streets = await db.query('streets')
  const accounts = await db.query('accounts')
  const shops = await db.query('shops')

  for (const street of streets) {
    expect(accounts).toContainEqual(
      expect.objectContaining({
        _id: `issuer:${street._id}`,
        type: 'issuer',
        label: `${street.name}信用基金`,
      }),
    )
  }
  expect(streets.map((s) => s.name)).toEqual(
    expect.arrayContaining(['金城街道', '济阳街道', '仙营街道', '李营街道']),
  )
  expect(shops.filter((s) => s.name.includes('易捷便利店')).length).toBeGreaterThanOrEqual(1)
  expect(shops.length).toBeGreaterThanOrEqual(3)
  for (const shop of shops) {
    expect(await db.get('communities', shop.communityId)).toMatchObject({ streetId: shop.streetId })
    expect(accounts).toContainEqual(expect.objectContaining({ _id: `shop:${shop._id}`, type: 'shop' }))
  }
  expect((await db.query('invites')).map((i) => i._id).sort()).toEqual(
    DEMO_INVITE_CODES.map((c) => c.code).sort(),
  )
  expect(accounts.reduce((sum, a) => sum + a.creditsPosted - a.debitsPosted, 0)).toBe(0)
})
