import { render } from '@tarojs/test-utils-react/dist/pure'
import type { Booking } from '@/contract/events'
import { setupCloud } from '@test/cloud-fixture'
import { buttonByText, tap, typeInto, waitFor } from '@test/dom'
import { EventDetailView } from '../components/event-detail'
import { ShuttleTimetable } from '../components/shuttle-timetable'

jest.mock('@/lib/toast', () => ({ showToast: jest.fn(), confirmDialog: jest.fn() }))

const NOW = Date.parse('2026-11-26T10:00:00+08:00')

function setup() {
  jest.spyOn(Date, 'now').mockReturnValue(NOW)
  const env = setupCloud('demo-resident-a', NOW)
  const profile = (openid: string, phone: string) =>
    env.as(openid, 'user', { action: 'updateProfile', name: '王秀兰', phone })
  return { ...env, profile }
}

afterEach(() => jest.restoreAllMocks())

const sessionCards = (c: Element) => Array.from(c.querySelectorAll('.session')) as HTMLElement[]

test('should list every concert with seats left, disable past ones and book two seats through the sheet', async () => {
  const { profile } = setup()
  await profile('demo-resident-a', '13912345678')
  const { container } = render(<EventDetailView id="ev-grape" />, {})
  await waitFor(() => expect(sessionCards(container)).toHaveLength(16))

  const past = sessionCards(container).filter((s) => s.getAttribute('aria-disabled') === 'true')
  expect(past).toHaveLength(3)
  expect(past[0].textContent).toContain('已结束')
  tap(past[0])
  expect(container.querySelector('.sheet')).toBeNull()

  const next = sessionCards(container).find((s) => s.getAttribute('aria-disabled') !== 'true')!
  expect(next.textContent).toContain('余 300')
  tap(next)
  await waitFor(() => expect(container.querySelector('.sheet')).not.toBeNull())
  tap(container.querySelector('[data-step="1"]'))
  await waitFor(() => expect(container.querySelector('[data-testid="seats"]')?.textContent).toBe('2'))
  tap(buttonByText(container, '确认预约'))

  await waitFor(() => expect(container.textContent).toContain('预约成功'))
  expect(container.querySelector('.booked__code')?.textContent).toMatch(/^\d{8}$/)
  await waitFor(() => expect(next.textContent).toContain('余 298'))
  expect(container.textContent).toContain('顺便预约班车')
})

test('should disable a full session and ask for a profile before booking', async () => {
  const { as, profile } = setup()
  for (const [i, seats] of [4, 4, 2].entries()) {
    await profile(`other-${i}`, `1380000000${i}`)
    await as(`other-${i}`, 'events', {
      action: 'book',
      sessionId: 'ev-reading-1',
      seats,
      requestId: `fill-${i}-0000`,
    })
  }
  const { container } = render(<EventDetailView id="ev-reading" />, {})
  await waitFor(() => expect(sessionCards(container)).toHaveLength(2))
  const [full, open] = sessionCards(container)
  expect(full.textContent).toContain('已约满')
  tap(full)
  expect(container.querySelector('.sheet')).toBeNull()

  tap(open)
  await waitFor(() => expect(container.querySelector('.sheet')).not.toBeNull())
  tap(buttonByText(container, '确认预约'))
  await waitFor(() => expect(container.textContent).toContain('实名信息'))
})

test('should ask for a well-formed exam ticket before calling the cloud', async () => {
  const { profile } = setup()
  await profile('demo-resident-a', '13912345678')
  const { container } = render(<EventDetailView id="ev-gaokao" />, {})
  await waitFor(() => expect(sessionCards(container).length).toBeGreaterThan(0))
  tap(sessionCards(container)[0])
  await typeInto(container, 'examTicket', '12-3')
  tap(buttonByText(container, '确认预约'))
  await waitFor(() => expect(container.textContent).toContain('6–20 位字母或数字'))
  await typeInto(container, 'examTicket', 'ZK2026001')
  tap(buttonByText(container, '确认预约'))
  await waitFor(() => expect(container.textContent).toContain('预约成功'))
})

test('should show the timetable of a concert day with seats left and book seats linked to the concert', async () => {
  const { as, profile } = setup()
  await profile('demo-resident-a', '13912345678')
  const concert = await as<Booking>('demo-resident-a', 'events', {
    action: 'book',
    sessionId: 'ev-grape-4',
    seats: 2,
    requestId: 'concert-0001',
  })
  const { container } = render(
    <ShuttleTimetable eventId="ev-grape" date="2026-11-26" link={concert.id} seats={2} />,
    {},
  )
  await waitFor(() => expect(container.querySelectorAll('.departure').length).toBeGreaterThanOrEqual(8))
  const departures = Array.from(container.querySelectorAll('.departure')) as HTMLElement[]
  expect(departures[0].textContent).toContain('09:00')
  expect(departures[0].textContent).toContain('已发车')
  const open = departures.find((d) => d.textContent?.includes('余座 45 / 45'))!
  expect(open.textContent).toContain('11:00')

  tap(open.querySelector('taro-button-core'))
  await waitFor(() => expect(container.querySelector('[data-testid="seats"]')?.textContent).toBe('2'))
  tap(buttonByText(container, '确认预约'))

  await waitFor(() => expect(container.textContent).toContain('班车预约成功'))
  await waitFor(() => expect(open.textContent).toContain('余座 43 / 45'))
  const mine = await as<{ items: Booking[] }>('demo-resident-a', 'events', { action: 'mine' })
  expect(mine.items[0]).toMatchObject({ type: 'shuttle', seats: 2, linkedBookingId: concert.id })
})

test('should say when a day has no shuttle', async () => {
  setup()
  const { container } = render(<ShuttleTimetable eventId="ev-grape" date="2026-11-27" />, {})
  await waitFor(() => expect(container.textContent).toContain('这一天没有班车'))
})

test('should clear the exam ticket message as soon as the ticket is well formed', async () => {
  const { profile } = setup()
  await profile('demo-resident-a', '13912345678')
  const { container } = render(<EventDetailView id="ev-gaokao" />, {})
  await waitFor(() => expect(sessionCards(container).length).toBeGreaterThan(0))
  tap(sessionCards(container)[0])
  tap(buttonByText(container, '确认预约'))
  await waitFor(() => expect(container.textContent).toContain('准考证号为 6–20 位字母或数字'))

  await typeInto(container, 'examTicket', 'zk2026001')

  await waitFor(() => expect(container.textContent).not.toContain('准考证号为 6–20 位字母或数字'))
  expect(container.textContent).not.toContain('预约成功')
})
