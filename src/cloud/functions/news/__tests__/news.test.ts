import type { NewsItem } from '../../../../contract/user'
import { START, setupCloud } from '../../../__tests__/harness'

const DAY = 86_400_000

test('should page through every item newest first without repeats', async () => {
  const { ok } = setupCloud()
  const seen: NewsItem[] = []
  let cursor: string | undefined
  let pages = 0

  do {
    const page = await ok('anyone', 'news', 'list', { limit: 5, cursor })
    seen.push(...page.items)
    cursor = page.nextCursor ?? undefined
    pages += 1
  } while (cursor)

  expect(seen.length).toBeGreaterThanOrEqual(8)
  expect(seen.length).toBeLessThanOrEqual(12)
  expect(pages).toBe(Math.ceil(seen.length / 5))
  expect(new Set(seen.map((n) => n.id)).size).toBe(seen.length)
  const times = seen.map((n) => n.publishedAt)
  expect(times).toEqual([...times].sort((a, b) => b - a))
})

test('should date the seeded news relative to the cloud clock', async () => {
  const { ok } = setupCloud()

  const { items } = await ok('anyone', 'news', 'list', { limit: 50 })

  for (const item of items) {
    expect(item.publishedAt).toBeLessThan(START)
    expect(item.publishedAt).toBeGreaterThan(START - 14 * DAY)
  }
})

test('should filter by 街道 and answer an empty page for an unknown one', async () => {
  const { ok } = setupCloud()

  const jincheng = await ok('anyone', 'news', 'list', { street: '金城街道' })
  const none = await ok('anyone', 'news', 'list', { street: '火星街道' })

  expect(jincheng.items.length).toBeGreaterThanOrEqual(2)
  expect(jincheng.items.every((n) => n.street === '金城街道')).toBe(true)
  expect(none).toEqual({ items: [], nextCursor: null })
})

test('should list items without their body and answer detail with it', async () => {
  const { ok, call } = setupCloud()
  const { items } = await ok('anyone', 'news', 'list', { limit: 1 })

  const detail = await ok('anyone', 'news', 'detail', { id: items[0].id })
  const missing = await call('anyone', 'news', 'detail', { id: 'news-404' })

  expect(items[0]).not.toHaveProperty('body')
  expect(detail).toEqual({ ...items[0], body: expect.stringMatching(/\n\n/) })
  expect(missing).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
})

test('should tell the 葡萄音乐市集 story with its 16 concerts and hourly shuttle', async () => {
  const { ok } = setupCloud()
  const { items } = await ok('anyone', 'news', 'list', { street: '王因街道' })

  const market = await ok('anyone', 'news', 'detail', { id: items[0].id })

  expect(market.title).toContain('葡萄音乐市集')
  expect(market.body).toContain('16场')
  expect(market.body).toContain('每小时一班')
})
