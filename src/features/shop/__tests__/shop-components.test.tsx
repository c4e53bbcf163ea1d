import { render } from '@tarojs/test-utils-react/dist/pure'
import type { Order } from '@/contract/shop'
import { confirmDialog, showToast } from '@/lib/toast'
import { setupCloud } from '@test/cloud-fixture'
import { buttonByText, tap, typeInto, waitFor } from '@test/dom'
import { ClerkConsole } from '../components/clerk-console'
import { GoodsList } from '../components/goods-list'
import { OrderCode } from '../components/order-code'
import { moveClock } from '@/lib/demo'

jest.mock('@/lib/toast', () => ({ showToast: jest.fn(), confirmDialog: jest.fn() }))

const A = 'demo-resident-a'
const CLERK = 'demo-clerk'

async function setupShop(openid = A) {
  const env = setupCloud(openid)
  await env.as(A, 'user', { action: 'updateProfile', name: '王秀兰', phone: '13912345678' })
  await env.as(CLERK, 'user', { action: 'bindRole', inviteCode: 'YJ-CLERK-2026' })
  const redeem = (goodsId: string, quantity = 1) =>
    env.as<Order>(A, 'shop', {
      action: 'redeem',
      goodsId,
      quantity,
      requestId: `test-${goodsId}-${quantity}`,
    })
  return { ...env, redeem }
}

const row = (container: Element, goodsId: string) =>
  container.querySelector(`[data-goods="${goodsId}"]`) as HTMLElement

test('should show each item’s price and stock, and what the resident can afford', async () => {
  await setupShop()
  const { container } = render(<GoodsList shopId="shop-yj-xinhua" onRedeemed={jest.fn()} />, {})

  await waitFor(() =>
    expect(container.querySelector('[data-testid="shop-available"]')?.textContent).toBe('120'),
  )
  expect(row(container, 'goods-01').textContent).toContain('20 积分')
  expect(row(container, 'goods-01').textContent).toContain('剩余 60 件 · 每人限兑 5 件')
  expect(row(container, 'goods-01').textContent).toContain('兑换')
  expect(row(container, 'goods-04').textContent).toContain('100 积分')
})

test('should redeem the chosen quantity from the confirm sheet and hand over the order', async () => {
  const { as } = await setupShop()
  const onRedeemed = jest.fn()
  const { container } = render(<GoodsList shopId="shop-yj-xinhua" onRedeemed={onRedeemed} />, {})
  await waitFor(() => expect(row(container, 'goods-02')).toBeTruthy())

  tap(buttonByText(row(container, 'goods-02'), '兑换'))
  await waitFor(() => expect(container.textContent).toContain('确认兑换'))
  tap(container.querySelector('[data-step="1"]'))
  await waitFor(() => expect(container.querySelector('[data-testid="quantity"]')?.textContent).toBe('2'))
  expect(container.textContent).toContain('共需 60 积分')
  tap(buttonByText(container, '确认兑换'))

  await waitFor(() => expect(onRedeemed).toHaveBeenCalled())
  const { items } = await as<{ items: Order[] }>(A, 'shop', { action: 'myOrders' })
  const order = items.find((o) => o.id === onRedeemed.mock.calls[0][0])
  expect(order).toMatchObject({ quantity: 2, points: 60, status: 'pending' })
  await waitFor(() =>
    expect(container.querySelector('[data-testid="shop-available"]')?.textContent).toBe('60'),
  )
  expect(row(container, 'goods-04').textContent).toContain('还差 40 分')
})

test('should show the code with its QR link, then 已核销 once the clerk confirmed it', async () => {
  const { as, redeem } = await setupShop()
  const order = await redeem('goods-01')
  const { container, rerender } = render(<OrderCode orderId={order.id} active />, {})

  await waitFor(() =>
    expect(container.querySelector('[data-testid="order-code"]')?.textContent).toBe(order.code),
  )
  expect(container.querySelector('[data-qr]')?.getAttribute('data-qr')).toBe(
    `https://linli.rencheng.example/q/redeem?c=${order.code}`,
  )
  expect(container.querySelector('.order-code__left')?.textContent).toBe('30:00')
  moveClock(10 * 60_000 + 15_000)
  await waitFor(() => expect(container.querySelector('.order-code__left')?.textContent).toBe('19:45'))
  await as(CLERK, 'shop', { action: 'confirm', code: order.code })

  rerender(<OrderCode orderId={order.id} active={false} />)
  rerender(<OrderCode orderId={order.id} active />)
  await waitFor(() => expect(container.textContent).toContain('已核销'))
  expect(container.querySelector('[data-testid="order-code"]')).toBeNull()
  expect(container.textContent).toContain('积分已扣除')
  expect(container.textContent?.split('已核销').length).toBe(2)
})

test('should show the shop’s address on the map and its hours beside an open code', async () => {
  const { redeem } = await setupShop()
  const order = await redeem('goods-01')
  const { container } = render(<OrderCode orderId={order.id} active />, {})
  await waitFor(() => expect(container.querySelector('[data-testid="shop-place"]')).toBeTruthy())
  const place = container.querySelector('[data-testid="shop-place"]') as HTMLElement
  expect(place.textContent).toContain('金城街道新华社区党群服务中心一楼')
  expect(place.textContent).toContain('营业时间 每天 07:30–21:30')
  expect(place.querySelector('[data-testid="place-link"]')?.textContent).toContain('地图')
})

test('should give every item a picture', async () => {
  await setupShop()
  const { container } = render(<GoodsList shopId="shop-yj-xinhua" onRedeemed={jest.fn()} />, {})
  await waitFor(() => expect(row(container, 'goods-02')).toBeTruthy())
  expect(row(container, 'goods-02').querySelector('.goods-pic')?.textContent).toBe('蛋')
  expect(container.querySelectorAll('.goods-pic').length).toBe(
    container.querySelectorAll('.goods-row').length,
  )
})

test('should cancel an open order after asking, and say the points came back', async () => {
  const { redeem } = await setupShop()
  ;(confirmDialog as jest.Mock).mockResolvedValue(true)
  const order = await redeem('goods-01')
  const { container } = render(<OrderCode orderId={order.id} active />, {})
  await waitFor(() => expect(container.textContent).toContain(order.code))

  tap(buttonByText(container, '取消兑换'))

  await waitFor(() => expect(container.textContent).toContain('已取消'))
  expect(showToast).toHaveBeenCalledWith('已取消，积分已退回', 'success')
})

test('should let the clerk type a code, see the order with a masked name and confirm it', async () => {
  const { redeem } = await setupShop(CLERK)
  const order = await redeem('goods-02', 2)
  const { container } = render(<ClerkConsole />, {})
  await waitFor(() => expect(container.textContent).toContain('今日已核销 0 笔'))

  await typeInto(container, 'code', order.code)
  tap(buttonByText(container, '查询'))
  await waitFor(() => expect(container.querySelector('[data-testid="clerk-order"]')).toBeTruthy())
  expect(container.textContent).toContain('鸡蛋 10 枚 ×2')
  expect(container.textContent).toContain('居民：王**')
  expect(container.textContent).not.toContain('王秀兰')
  tap(buttonByText(container, '确认核销'))

  await waitFor(() => expect(container.querySelector('.clerk-result--ok')?.textContent).toContain('核销成功'))
  const box = container.querySelector('taro-input-core[name="code"] input') as HTMLInputElement
  await waitFor(() => expect(box.value).toBe(''))
  await waitFor(() => expect(container.textContent).toContain('今日已核销 1 笔'))
  expect(container.textContent).toContain('60 积分')
})

test('should show a red answer for a used code, saying when it was confirmed', async () => {
  const { redeem, as } = await setupShop(CLERK)
  const order = await redeem('goods-01')
  await as(CLERK, 'shop', { action: 'confirm', code: order.code })
  ;(showToast as jest.Mock).mockClear()
  const { container } = render(
    <ClerkConsole initialCode={`https://linli.rencheng.example/q/redeem?c=${order.code}`} />,
    {},
  )

  await waitFor(() => expect(container.querySelector('.clerk-result--fail')).toBeTruthy())
  expect(container.textContent).toContain('已于 10:00 核销')
  expect(showToast).not.toHaveBeenCalled()
})

test('should refuse a malformed code without asking the cloud', async () => {
  await setupShop(CLERK)
  const { container } = render(<ClerkConsole />, {})
  await typeInto(container, 'code', '1234')
  tap(buttonByText(container, '查询'))

  await waitFor(() =>
    expect(container.querySelector('.clerk-result--fail')?.textContent).toContain('8 位数字'),
  )
})
