import { act, render } from '@tarojs/test-utils-react/dist/pure'
import type { Order } from '@/contract/shop'
import { setBaseClock } from '@/lib/demo'
import { fetchOrder } from '../api'
import { OrderCode, POLL_MS } from '../components/order-code'

jest.mock('../api', () => ({ fetchOrder: jest.fn(), cancelOrder: jest.fn() }))
jest.mock('../components/shop-place', () => ({ ShopPlace: () => null }))
jest.mock('@/lib/toast', () => ({ showToast: jest.fn(), confirmDialog: jest.fn() }))

const fetchMock = fetchOrder as jest.MockedFunction<typeof fetchOrder>
const T0 = Date.UTC(2026, 6, 20, 2, 0)

function orderAt(status: Order['status'], expiresAt = T0 + 30 * 60_000): Order {
  return {
    id: 'order-1',
    code: '12345678',
    status,
    goods: {
      id: 'goods-01',
      name: '抽纸 3 包装',
      points: 20,
      shopId: 'shop-yj-xinhua',
      shopName: '易捷便利店',
    },
    quantity: 1,
    points: 20,
    createdAt: T0,
    expiresAt,
    confirmedAt: status === 'confirmed' ? T0 + 60_000 : undefined,
  }
}

/** Advances the fake clock and lets the answered reads render. */
async function advance(ms: number) {
  await act(async () => {
    jest.advanceTimersByTime(ms)
  })
  await act(async () => {
    await Promise.resolve()
  })
}

beforeEach(() => {
  jest.useFakeTimers({ now: T0 })
  setBaseClock(() => Date.now())
  fetchMock.mockReset()
})

afterEach(() => {
  jest.useRealTimers()
})

test('should read the one order every few seconds while shown and stop once it is confirmed', async () => {
  fetchMock.mockResolvedValue(orderAt('pending'))
  const { container } = render(<OrderCode orderId="order-1" active />, {})
  await advance(0)
  expect(fetchMock).toHaveBeenCalledTimes(1)
  expect(fetchMock).toHaveBeenCalledWith('order-1')
  expect(POLL_MS).toBeGreaterThanOrEqual(3000)
  expect(POLL_MS).toBeLessThanOrEqual(5000)

  await advance(POLL_MS - 1)
  expect(fetchMock).toHaveBeenCalledTimes(1)
  await advance(1)
  expect(fetchMock).toHaveBeenCalledTimes(2)
  fetchMock.mockResolvedValue(orderAt('confirmed'))
  await advance(POLL_MS)
  expect(fetchMock).toHaveBeenCalledTimes(3)
  expect(container.textContent).toContain('已核销')

  await advance(10 * POLL_MS)
  expect(fetchMock).toHaveBeenCalledTimes(3)
})

test('should not read while the page is hidden, and read at once when it is shown again', async () => {
  fetchMock.mockResolvedValue(orderAt('pending'))
  const view = render(<OrderCode orderId="order-1" active />, {})
  await advance(0)
  view.rerender(<OrderCode orderId="order-1" active={false} />)
  await advance(10 * POLL_MS)
  expect(fetchMock).toHaveBeenCalledTimes(1)

  view.rerender(<OrderCode orderId="order-1" active />)
  await advance(0)
  expect(fetchMock).toHaveBeenCalledTimes(2)
})

test('should read once when the countdown runs out, not every second after', async () => {
  fetchMock.mockResolvedValue(orderAt('pending', T0 + 1_500))
  render(<OrderCode orderId="order-1" active />, {})
  await advance(0)
  await advance(1000)
  expect(fetchMock).toHaveBeenCalledTimes(1)
  await advance(1000)
  expect(fetchMock).toHaveBeenCalledTimes(2)
  await advance(1000)
  await advance(POLL_MS - 3000 - 1)
  expect(fetchMock).toHaveBeenCalledTimes(2)
})

test('should never start a read while the previous one is unanswered', async () => {
  let answer: (o: Order) => void = () => undefined
  fetchMock.mockResolvedValueOnce(orderAt('pending'))
  render(<OrderCode orderId="order-1" active />, {})
  await advance(0)
  fetchMock.mockImplementation(() => new Promise<Order>((resolve) => (answer = resolve)))
  await advance(POLL_MS)
  await advance(3 * POLL_MS)
  expect(fetchMock).toHaveBeenCalledTimes(2)
  answer(orderAt('pending'))
  await advance(0)
  await advance(POLL_MS)
  expect(fetchMock).toHaveBeenCalledTimes(3)
})
