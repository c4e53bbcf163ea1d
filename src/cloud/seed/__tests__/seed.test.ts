import { assembleCloud, createMemoryStorage, createMockCloud, type MockCloud } from '../../index'

const NOW = Date.parse('2026-11-26T10:00:00+08:00')

async function ok<T>(cloud: MockCloud, openid: string, name: string, action: string, data = {}): Promise<T> {
  const res = await cloud.callFunction({ name, data: { action, ...data } }, { openid })
  if (!res.result.ok) throw new Error(`${name}.${action}: ${res.result.error.code}`)
  return res.result.data as T
}

async function setupOldDevice() {
  const storage = createMemoryStorage()
  const first = assembleCloud({ storage, now: () => NOW })
  await first.ready()
  await ok(first.cloud, 'demo-resident-b', 'user', 'updateProfile', { name: '李建国', phone: '13800001111' })
  // A device that stored its data before the shop and events domains existed has no goods, events or sessions.
  await first.db.transaction(async (tx) => {
    for (const name of ['goods', 'events', 'sessions'] as const)
      for (const doc of await tx.query(name)) await tx.remove(name, doc._id)
  })
  return storage
}

test('should seed the domains a device stored its data without, and keep everything else', async () => {
  const storage = await setupOldDevice()
  const cloud = createMockCloud({ storage, now: () => NOW })
  const goods = await ok<unknown[]>(cloud, 'demo-resident-b', 'shop', 'listGoods', {
    shopId: 'shop-yj-xinhua',
  })
  expect(goods.length).toBeGreaterThanOrEqual(2)
  const events = await ok<{ title: string }[]>(cloud, 'demo-resident-b', 'events', 'list')
  expect(events.some((e) => e.title.includes('葡萄音乐市集'))).toBe(true)
  const login = await ok<{ profile: { name: string } | null }>(cloud, 'demo-resident-b', 'user', 'login')
  expect(login.profile?.name).toBe('李建国')
  const balance = await ok<{ available: number }>(cloud, 'demo-resident-a', 'points', 'balance')
  expect(balance.available).toBe(120)
})

test('should seed nothing again on a device that has every domain', async () => {
  const storage = createMemoryStorage()
  const first = createMockCloud({ storage, now: () => NOW })
  const before = await ok<unknown[]>(first, 'x', 'shop', 'listGoods', { shopId: 'shop-yj-xinhua' })
  const second = createMockCloud({ storage, now: () => NOW + 60_000 })
  const after = await ok<unknown[]>(second, 'x', 'shop', 'listGoods', { shopId: 'shop-yj-xinhua' })
  expect(after).toHaveLength(before.length)
  const ledger = await ok<{ items: unknown[] }>(second, 'demo-resident-a', 'points', 'ledger')
  expect(ledger.items).toHaveLength(1)
})
