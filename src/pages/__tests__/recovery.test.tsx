import { render } from '@tarojs/test-utils-react/dist/pure'
import { createMemoryStorage, createMockCloud } from '@/cloud/index'
import { setCloud } from '@/lib/cloud'
import { switchIdentity } from '@/lib/demo'
import { tap, waitFor } from '@test/dom'
import HomePage from '../home/index'

test('should tell the resident once that unreadable data was backed up, and start clean', async () => {
  const storage = createMemoryStorage()
  const first = createMockCloud({ storage })
  await first.callFunction({ name: 'user', data: { action: 'login' } }, { openid: 'demo-resident-a' })
  storage.setItem('linli:v2:users:0', '{"this is not json')
  setCloud(createMockCloud({ storage }))
  switchIdentity('demo-resident-a')

  const { container } = render(<HomePage />, {})
  const bar = await waitFor(() => {
    const el = container.querySelector('.notice-bar')
    expect(el?.textContent).toContain('已原样备份')
    return el
  })
  await waitFor(() => expect(container.querySelectorAll('.news-card').length).toBeGreaterThan(0))
  const backups = storage.keys().filter((k) => k.startsWith('linli:backup:linli:v2:users:0'))
  expect(backups).toHaveLength(1)
  expect(storage.getItem(backups[0])).toBe('{"this is not json')
  tap(bar)
  await waitFor(() => expect(container.querySelector('.notice-bar')).toBeNull())
})
