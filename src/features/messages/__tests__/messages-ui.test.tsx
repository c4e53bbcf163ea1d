import { render } from '@tarojs/test-utils-react/dist/pure'
import type { Order } from '@/contract/shop'
import { openPage } from '@/lib/navigation'
import { setupCloud } from '@test/cloud-fixture'
import { buttonByText, tap, waitFor } from '@test/dom'
import { MessageList } from '../components/message-list'
import { MessagesEntry } from '../components/messages-entry'
import { useMessages } from '../use-messages'

jest.mock('@/lib/toast', () => ({ showToast: jest.fn(), confirmDialog: jest.fn() }))
jest.mock('@/lib/navigation', () => ({ openPage: jest.fn() }))

const A = 'demo-resident-a'
const CLERK = 'demo-clerk'

async function setupMessages(confirmed = 2) {
  const env = setupCloud(A)
  await env.as(A, 'user', { action: 'updateProfile', name: '王秀兰', phone: '13912345678' })
  await env.as(CLERK, 'user', { action: 'bindRole', inviteCode: 'YJ-CLERK-2026' })
  const orders: Order[] = []
  for (let i = 0; i < confirmed; i++) {
    const order = await env.as<Order>(A, 'shop', {
      action: 'redeem',
      goodsId: 'goods-01',
      quantity: 1,
      requestId: `test-msg-${i}-abcd`,
    })
    await env.as(CLERK, 'shop', { action: 'confirm', code: order.code })
    orders.push(order)
  }
  return { ...env, orders }
}

function Messages() {
  const { messages, unread, open, readAll } = useMessages(A)
  return <MessageList messages={messages} unread={unread} now={0} onOpen={open} onReadAll={readAll} />
}

afterEach(() => jest.clearAllMocks())

test('should show the unread count on the 消息 row and open the list', async () => {
  await setupMessages(2)
  const { container } = render(<MessagesEntry openid={A} />, {})
  await waitFor(() => expect(container.querySelector('.messages-entry__badge')?.textContent).toBe('2'))
  tap(container.querySelector('.messages-entry'))
  expect(openPage).toHaveBeenCalledWith('/packages/messages/index')
})

test('should say so when nothing is unread', async () => {
  await setupMessages(0)
  const { container } = render(<MessagesEntry openid={A} />, {})
  await waitFor(() => expect(container.textContent).toContain('没有未读'))
  expect(container.querySelector('.messages-entry__badge')).toBeNull()
})

test('should mark a message read when it is opened and go to what it is about', async () => {
  const { as, orders } = await setupMessages(2)
  const { container } = render(<Messages />, {})
  await waitFor(() => expect(container.textContent).toContain('2 条未读'))
  expect(container.querySelectorAll('.message__dot')).toHaveLength(2)
  expect(container.textContent).toContain('兑换已核销')

  const row = container.querySelector(`[data-message="order:${orders[0].id}:confirmed"]`)
  tap(row)
  await waitFor(() => expect(openPage).toHaveBeenCalledWith(`/packages/shop/order/index?id=${orders[0].id}`))
  await waitFor(() => expect(container.textContent).toContain('1 条未读'))
  const { unread } = await as<{ unread: number }>(A, 'messages', { action: 'unreadCount' })
  expect(unread).toBe(1)
})

test('should mark all read at once', async () => {
  await setupMessages(2)
  const { container } = render(<Messages />, {})
  await waitFor(() => expect(container.textContent).toContain('2 条未读'))
  tap(buttonByText(container, '全部标为已读'))
  await waitFor(() => expect(container.textContent).toContain('全部已读'))
  expect(container.querySelectorAll('.message__dot')).toHaveLength(0)
  expect(container.querySelectorAll('.message--read')).toHaveLength(2)
})

test('should tell what will come here when there are no messages', async () => {
  await setupMessages(0)
  const { container } = render(<Messages />, {})
  await waitFor(() => expect(container.textContent).toContain('还没有消息'))
})
