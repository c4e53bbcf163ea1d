import { render } from '@tarojs/test-utils-react/dist/pure'
import { ListFooter } from '../list-footer'

function setupList(overrides: { hasMore?: boolean; loadingMore?: boolean } = {}) {
  return { hasMore: true, loadingMore: false, loadMore: jest.fn(async () => {}), ...overrides }
}

test('should offer more while pages remain and say so while loading', () => {
  expect(render(<ListFooter list={setupList()} more="查看更多动态" />, {}).container.textContent).toBe(
    '查看更多动态',
  )
  expect(render(<ListFooter list={setupList({ loadingMore: true })} />, {}).container.textContent).toBe(
    '加载中…',
  )
})

test('should show the end wording only when given one', () => {
  const done = setupList({ hasMore: false })
  expect(render(<ListFooter list={done} end="没有更多了" />, {}).container.textContent).toBe('没有更多了')
  expect(render(<ListFooter list={done} />, {}).container.querySelector('.list-more')).toBeNull()
})
