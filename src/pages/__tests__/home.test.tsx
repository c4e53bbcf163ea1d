import Taro from '@tarojs/taro'
import { render } from '@tarojs/test-utils-react/dist/pure'
import type { Page } from '@/contract/envelope'
import type { NewsItem } from '@/contract/user'
import HomePage from '../home/index'
import { setupCloud } from '@test/cloud-fixture'
import { tap, waitFor } from '@test/dom'

jest.mock('@/lib/toast', () => ({ showToast: jest.fn(), confirmDialog: jest.fn() }))

test('should show the service entrances and the newest district news', async () => {
  const { as } = setupCloud()
  const news = await as<Page<NewsItem>>('demo-resident-a', 'news', { action: 'list', limit: 6 })
  const { container } = render(<HomePage />, {})
  await waitFor(() => expect(container.textContent).toContain(news.items[0].title))
  for (const entry of ['志愿服务', '积分兑换', '活动预约', '网格+热线'])
    expect(container.textContent).toContain(entry)
  expect(container.querySelectorAll('.news-card')).toHaveLength(news.items.length)
})

test('should open every service from its entrance', async () => {
  setupCloud()
  const navigate = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' })
  const switchTab = jest.spyOn(Taro, 'switchTab').mockResolvedValue({ errMsg: 'switchTab:ok' })
  const { container } = render(<HomePage />, {})
  tap(container.querySelector('[data-entry="volunteer"]'))
  expect(switchTab).toHaveBeenCalledWith({ url: '/pages/volunteer/index' })
  const pages: [string, string][] = [
    ['redeem', '/packages/shop/index/index'],
    ['events', '/packages/events/index'],
    ['grid', '/packages/grid/home/index'],
    ['council', '/packages/council/index'],
  ]
  for (const [entry, url] of pages) {
    tap(container.querySelector(`[data-entry="${entry}"]`))
    expect(navigate).toHaveBeenLastCalledWith({ url })
  }
  expect(container.textContent).not.toContain('即将开放')
})

test('should load more news when asked and say when there is no more', async () => {
  const { as } = setupCloud()
  const all = await as<Page<NewsItem>>('demo-resident-a', 'news', { action: 'list', limit: 50 })
  const { container } = render(<HomePage />, {})
  await waitFor(() => expect(container.querySelectorAll('.news-card').length).toBeGreaterThan(0))
  while (container.textContent?.includes('查看更多动态')) {
    const before = container.querySelectorAll('.news-card').length
    const more = Array.from(container.querySelectorAll('.list-more')).find(
      (n) => n.textContent === '查看更多动态',
    )
    tap(more)
    await waitFor(() => expect(container.querySelectorAll('.news-card').length).toBeGreaterThan(before))
  }
  expect(container.querySelectorAll('.news-card')).toHaveLength(all.items.length)
  expect(container.textContent).toContain('没有更多了')
})
