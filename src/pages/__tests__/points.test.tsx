import Taro from '@tarojs/taro'
import { render } from '@tarojs/test-utils-react/dist/pure'
import { tap, waitFor } from '@test/dom'
import type { Balance, LedgerEntry } from '@/contract/points'
import type { Page } from '@/contract/envelope'
import PointsPage from '../points/index'
import { setupCloud } from '@test/cloud-fixture'
import { formatRelative } from '@/lib/time'

test('should show the balance and each ledger entry with its reason and when, on the demo clock', async () => {
  const { as, now } = setupCloud('demo-resident-a')
  const balance = await as<Balance>('demo-resident-a', 'points', { action: 'balance' })
  const ledger = await as<Page<LedgerEntry>>('demo-resident-a', 'points', { action: 'ledger' })
  expect(ledger.items.length).toBeGreaterThan(0)
  const { container } = render(<PointsPage />, {})
  await waitFor(() =>
    expect(container.querySelector('[data-testid="available"]')?.textContent).toBe(String(balance.available)),
  )
  await waitFor(() => expect(container.textContent).toContain(ledger.items[0].reason))
  expect(container.textContent).toContain(`+${ledger.items[0].amount}`)
  expect(ledger.items[0].at).toBeLessThan(now - 86_400_000)
  expect(container.querySelector('.ledger__row')?.textContent).toContain(
    formatRelative(ledger.items[0].at, now),
  )
})

test('should tell a resident with no points how to earn some', async () => {
  setupCloud('demo-resident-b')
  const { container } = render(<PointsPage />, {})
  await waitFor(() => expect(container.textContent).toContain('还没有积分记录'))
  expect(container.querySelector('[data-testid="available"]')?.textContent).toBe('0')
})

test('should show held points and open the order behind a redemption entry', async () => {
  const { as } = setupCloud('demo-resident-a')
  await as('demo-resident-a', 'user', { action: 'updateProfile', name: '王秀兰', phone: '13912345678' })
  const order = await as<{ id: string }>('demo-resident-a', 'shop', {
    action: 'redeem',
    goodsId: 'goods-02',
    quantity: 1,
    requestId: 'points-page-1',
  })
  const navigate = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' })
  const { container } = render(<PointsPage />, {})

  await waitFor(() => expect(container.textContent).toContain('查看订单'))
  expect(container.querySelector('[data-key="held"]')?.textContent).toContain('30')
  tap(Array.from(container.querySelectorAll('.ledger__row')).find((r) => r.textContent?.includes('查看订单')))
  expect(navigate).toHaveBeenCalledWith({ url: `/packages/shop/order/index?id=${order.id}` })
})

test('should show where to spend points and the rules they follow', async () => {
  setupCloud('demo-resident-a')
  const navigate = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' })
  const { container } = render(<PointsPage />, {})
  await waitFor(() => expect(container.textContent).toContain('积分规则'))
  expect(container.textContent).toContain('店员核销后才扣除')
  tap(container.querySelector('[data-testid="go-redeem"]'))
  expect(navigate).toHaveBeenCalledWith({ url: '/packages/shop/index/index' })
})
