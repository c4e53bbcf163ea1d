import { RECOVERY_NOTICE, assembleCloud } from '@/cloud'
import { createH5Storage } from '../h5-storage'

/** `localStorage` as the browser has it: strings by key, in insertion order. */
function fakeLocalStorage(): Storage {
  const items = new Map<string, string>()
  return {
    get length() {
      return items.size
    },
    key: (i) => [...items.keys()][i] ?? null,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, String(value)),
    removeItem: (key) => void items.delete(key),
    clear: () => items.clear(),
  }
}

const AT = Date.UTC(2026, 6, 20, 1, 30)

async function login(local: Storage, openid = 'demo-resident-a') {
  const { cloud } = assembleCloud({ storage: createH5Storage(local), now: () => AT })
  const { result } = await cloud.callFunction({ name: 'user', data: { action: 'login' } }, { openid })
  if (!result.ok) throw new Error(result.error.message)
  return { cloud, view: result.data as { notice?: string; profile: { name: string } | null } }
}

test('should read and write values in Taro H5’s own wrapping, so either side reads what the other wrote', () => {
  const local = fakeLocalStorage()
  const storage = createH5Storage(local)
  local.setItem('linli-app:elder', JSON.stringify({ data: '1' }))

  storage.setItem('linli:meta', '{"version":2}')

  expect(storage.getItem('linli-app:elder')).toBe('1')
  expect(JSON.parse(local.getItem('linli:meta') ?? '')).toEqual({ data: '{"version":2}' })
  expect(storage.getItem('linli:meta')).toBe('{"version":2}')
  expect(storage.getItem('nothing')).toBeNull()
  expect(storage.keys?.()).toEqual(['linli-app:elder', 'linli:meta'])
})

test('should back up a corrupt H5 value byte for byte instead of reading it as missing', async () => {
  const local = fakeLocalStorage()
  const { cloud } = await login(local)
  await cloud.callFunction(
    { name: 'user', data: { action: 'updateProfile', name: '王秀兰', phone: '13912345678' } },
    { openid: 'demo-resident-a' },
  )
  const corrupt = '{"data":"[{\\"_id\\":\\"demo-resident-a\\",\\"profile\\":{\\"name\\":\\"王秀'
  local.setItem('linli:v2:users:0', corrupt)

  const { view } = await login(local)

  expect(view.notice).toBe(RECOVERY_NOTICE)
  const backup = local.getItem(`linli:backup:linli:v2:users:0:${AT}`)
  expect(backup).not.toBeNull()
  expect(createH5Storage(local).getItem(`linli:backup:linli:v2:users:0:${AT}`)).toBe(corrupt)
  expect(JSON.parse(backup ?? '').data).toBe(corrupt)
})

test('should count every key of the origin against the space, as the browser’s quota does', async () => {
  const local = fakeLocalStorage()
  const { cloud } = await login(local)
  const storage = async () => {
    const { result } = await cloud.callFunction(
      { name: 'user', data: { action: 'storage' } },
      { openid: 'demo-resident-a' },
    )
    if (!result.ok) throw new Error(result.error.message)
    return result.data as { usedBytes: number; limitBytes: number; warning?: string }
  }
  const before = await storage()
  expect(before.warning).toBeUndefined()
  local.setItem('other-page-cache', 'x'.repeat(Math.ceil(before.limitBytes * 0.85)))
  const after = await storage()
  expect(after.usedBytes).toBeGreaterThan(before.limitBytes * 0.85)
  expect(after.warning).toContain('%')
})
