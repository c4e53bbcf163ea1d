import '@/lib/cloud-gigs'
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

test('should open the 用工方 page from a notice about an employer application, and the job from one about a job', async () => {
  const { as } = setupCloud(A)
  await as(A, 'user', {
    action: 'updateProfile',
    name: '王秀兰',
    phone: '13912345678',
    communityId: 'jc-xinhua',
  })
  await as('demo-staff', 'user', { action: 'bindRole', inviteCode: 'JC-STAFF-2026' })
  const employer = await as<{ id: string }>(A, 'gigs', {
    action: 'applyEmployer',
    name: '王家',
    kind: 'household',
    communityId: 'jc-xinhua',
    contact: '0537-2260000',
  })
  expect(employer.id.startsWith('emp-')).toBe(true)
  await as('demo-staff', 'gigs', { action: 'approveEmployer', applicationId: employer.id })
  await as('demo-resident-b', 'user', { action: 'updateProfile', name: '李建国', phone: '15000001111' })
  await as(CLERK, 'user', { action: 'bindRole', inviteCode: 'XH-EMPLOYER-2026' })
  await as(A, 'gigs', { action: 'apply', jobId: 'job-seed-faucet' })
  const [application] = (await as<{ items: { id: string }[] }>(A, 'gigs', { action: 'mine' })).items
  await as(CLERK, 'gigs', { action: 'decide', applicationId: application.id, accept: true })
  const { container } = render(<Messages />, {})
  const rows = await waitFor(() => {
    const found = Array.from(container.querySelectorAll('[data-message]'))
    if (found.length < 2) throw new Error('no notices yet')
    return found
  })
  tap(rows.find((r) => r.textContent?.includes('王家')))
  await waitFor(() => expect(openPage).toHaveBeenCalledWith('/packages/gigs/employer/index'))
  tap(rows.find((r) => r.textContent?.includes('更换厨房水龙头')))
  await waitFor(() => expect(openPage).toHaveBeenCalledWith('/packages/gigs/job/index?id=job-seed-faucet'))
})
