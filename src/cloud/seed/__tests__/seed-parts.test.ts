import { assembleCloud, createMemoryStorage } from '../../core'

const T0 = Date.UTC(2026, 10, 26, 2, 0)

async function detail(cloud: ReturnType<typeof assembleCloud>['cloud']) {
  const { result } = await cloud.callFunction(
    { name: 'news', data: { action: 'detail', id: 'news-02' } },
    { openid: 'reader' },
  )
  return result
}

test('should seed a subpackage’s part before the next call once the subpackage registers it', async () => {
  const storage = createMemoryStorage()
  const { cloud, db } = assembleCloud({ storage, now: () => T0 })
  const list = await cloud.callFunction({ name: 'news', data: { action: 'list' } }, { openid: 'reader' })
  expect(list.result.ok).toBe(true)
  expect(await db.query('newsBodies', {}, { limit: 1 })).toEqual([])
  expect((await detail(cloud)).ok).toBe(false)

  await import('../../functions/news/register')

  const answer = await detail(cloud)
  expect(answer.ok && (answer.data as { body: string }).body).toContain('免费往返班车')
  const again = assembleCloud({ storage, now: () => T0 + 1 })
  expect((await detail(again.cloud)).ok).toBe(true)
  expect((await again.db.query('newsBodies', {})).length).toBe(12)
})
