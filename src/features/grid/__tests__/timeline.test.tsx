import { render } from '@tarojs/test-utils-react/dist/pure'
import type { Ticket } from '@/contract/grid'
import { TicketDetail } from '../components/ticket-detail'
import { Timeline } from '../components/timeline'

jest.mock('@/lib/media', () => ({ pickPhotos: jest.fn(), previewPhotos: jest.fn() }))

const T0 = Date.parse('2026-11-26T09:00:00+08:00')
const HOUR = 3_600_000

const ticket: Ticket = {
  ticketNo: 'RC20261126-0001',
  category: 'safety',
  categoryName: '安全隐患',
  communityId: 'jc-xinhua',
  community: '新华社区',
  status: 'dispatched',
  createdAt: T0,
  dueAt: T0 + 24 * HOUR,
  overdue: false,
  description: '楼道里堆放电动车电池',
  address: '新华社区 5 号楼',
  photoCount: 0,
  anonymous: false,
  department: '城市管理综合执法',
  contactMasked: '139****5678',
  timeline: [
    { at: T0, status: 'submitted', note: '反映安全隐患问题', by: '我' },
    { at: T0 + HOUR, status: 'accepted', note: '已受理', by: '新华社区网格员' },
    {
      at: T0 + 2 * HOUR,
      status: 'dispatched',
      note: '派至城市管理综合执法：请上门清理',
      by: '新华社区网格员',
    },
  ],
}

test('should list every step in order with its time, actor and note', () => {
  const { container } = render(<Timeline entries={ticket.timeline} />, {})
  const items = Array.from(container.querySelectorAll('.timeline__item')).map((e) => e.textContent)
  expect(items).toEqual([
    '待受理我2026年11月26日 09:00反映安全隐患问题',
    '已受理新华社区网格员2026年11月26日 10:00已受理',
    '办理中新华社区网格员2026年11月26日 11:00派至城市管理综合执法：请上门清理',
  ])
})

test('should count down to the deadline and turn red once it has passed', () => {
  const before = render(<TicketDetail ticket={ticket} now={T0 + 20 * HOUR} />, {})
  const clock = before.container.querySelector('[data-testid="deadline"]') as Element
  expect(clock.textContent).toContain('剩余 4 小时 0 分')
  expect(clock.className).not.toContain('deadline--overdue')

  const after = render(
    <TicketDetail ticket={{ ...ticket, overdue: true }} now={T0 + 27 * HOUR + 30 * 60_000} />,
    {},
  )
  const late = after.container.querySelector('[data-testid="deadline"]') as Element
  expect(late.textContent).toContain('已超时 3 小时 30 分')
  expect(late.className).toContain('deadline--overdue')
  expect(after.container.textContent).toContain('已超时')
})

test('should show an anonymous report to staff without any reporter', () => {
  const anon = { ...ticket, anonymous: true, contactMasked: undefined }
  const { container } = render(<TicketDetail ticket={anon} now={T0} />, {})
  expect(container.textContent).toContain('匿名反映')
  expect(container.textContent).not.toMatch(/\d{3}\*{4}\d{4}/)
})

test('should link a ticket turned into a 居民议事 question to that question, and no other', async () => {
  const navigation = await import('@/lib/navigation')
  const open = jest.spyOn(navigation, 'openPage').mockImplementation(() => undefined)
  const linked = render(<TicketDetail ticket={{ ...ticket, questionId: 'q-7' }} now={T0} />, {})
  const plain = render(<TicketDetail ticket={ticket} now={T0} />, {})

  const link = linked.container.querySelector('[data-testid="ticket-question"]') as HTMLElement
  link.click()

  expect(open).toHaveBeenCalledWith('/packages/council/question/index?id=q-7')
  expect(plain.container.querySelector('[data-testid="ticket-question"]')).toBeNull()
  open.mockRestore()
})
