import { RECOVERY_NOTICE, UNSAVED_NOTICE, createMemoryStorage, type KeyValueStorage } from '../index'
import { START, dump, setupCloud } from './harness'

const PHONE = '13912345678'

async function setupStored() {
  const first = setupCloud()
  await first.ok('demo-resident-a', 'user', 'updateProfile', { name: '王秀兰', phone: PHONE })
  return first.storage
}

function backupsOf(data: Record<string, string>) {
  return Object.fromEntries(Object.entries(data).filter(([key]) => key.startsWith('linli:backup:')))
}

async function expectCleanStart(env: ReturnType<typeof setupCloud>) {
  const login = await env.ok('demo-resident-a', 'user', 'login')
  expect(login.notice).toBe(RECOVERY_NOTICE)
  expect(login.profile).toBeNull()
  expect(await env.ok('demo-resident-a', 'points', 'balance')).toMatchObject({ available: 120 })
  expect((await env.ok('demo-resident-a', 'user', 'login')).notice).toBeUndefined()
  expect((await env.ok('demo-resident-b', 'user', 'login')).notice).toBeUndefined()
}

test('should back up a collection with corrupt JSON byte for byte and start clean, telling the first login once', async () => {
  const storage = await setupStored()
  const corrupt = '[{"_id":"demo-resident-a","profile":{"name":"王秀兰"\u2028 …'
  storage.setItem('linli:v2:users:0', corrupt)
  const original = dump(storage)

  const env = setupCloud({ storage })
  await expectCleanStart(env)

  const backups = backupsOf(dump(storage))
  expect(backups[`linli:backup:linli:v2:users:0:${START}`]).toBe(corrupt)
  for (const [key, value] of Object.entries(original)) {
    expect(backups[`linli:backup:${key}:${START}`]).toBe(value)
  }
})

test('should back up every data key when the meta key is corrupt, never overwriting the only copy', async () => {
  const storage = await setupStored()
  storage.setItem('linli:meta', '{"version":1,')
  const original = dump(storage)

  const env = setupCloud({ storage })
  await expectCleanStart(env)

  const backups = backupsOf(dump(storage))
  expect(Object.keys(backups)).toHaveLength(Object.keys(original).length)
  for (const [key, value] of Object.entries(original)) {
    expect(backups[`linli:backup:${key}:${START}`]).toBe(value)
  }
})

test('should back up data written under an unknown schema version and start clean', async () => {
  const storage = await setupStored()
  const future = JSON.stringify({ version: 99, collections: ['users', 'accounts'], seq: 5 })
  storage.setItem('linli:meta', future)

  const env = setupCloud({ storage })
  await expectCleanStart(env)

  expect(storage.getItem(`linli:backup:linli:meta:${START}`)).toBe(future)
  expect(storage.getItem(`linli:backup:linli:v2:users:0:${START}`)).toContain(PHONE)
})

test('should keep the notice for the first login even when the app restarts before it', async () => {
  const storage = await setupStored()
  storage.setItem('linli:v2:accounts:0', 'not json')
  await setupCloud({ storage }).ok('nobody', 'news', 'list')

  const restarted = setupCloud({ storage })

  expect((await restarted.ok('demo-resident-b', 'user', 'login')).notice).toBe(RECOVERY_NOTICE)
  expect((await setupCloud({ storage }).ok('demo-resident-a', 'user', 'login')).notice).toBeUndefined()
})

test('should leave unreadable data untouched and run on temporary data when it cannot be backed up', async () => {
  const inner = await setupStored()
  inner.setItem('linli:v2:users:0', '{broken')
  const original = dump(inner)
  const full: KeyValueStorage = {
    getItem: (key) => inner.getItem(key),
    removeItem: (key) => inner.removeItem(key),
    setItem: () => {
      throw new Error('QuotaExceededError')
    },
  }

  const env = setupCloud({ storage: inner, backing: full })
  const login = await env.ok('demo-resident-a', 'user', 'login')
  await env.ok('demo-resident-a', 'user', 'updateProfile', { name: '王秀兰', phone: PHONE })

  expect(login.notice).toBe(UNSAVED_NOTICE)
  expect(await env.ok('demo-resident-a', 'points', 'balance')).toMatchObject({ available: 120 })
  expect(dump(inner)).toEqual(original)
})

test('should answer INTERNAL instead of rejecting when storage cannot even be read', async () => {
  const broken: KeyValueStorage = {
    getItem: () => {
      throw new Error('storage unavailable')
    },
    setItem: () => undefined,
    removeItem: () => undefined,
  }
  const env = setupCloud({ storage: createMemoryStorage(), backing: broken })

  const result = await env.call('demo-resident-a', 'user', 'login')

  expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } })
})
