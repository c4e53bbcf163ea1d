import { render } from '@tarojs/test-utils-react/dist/pure'
import type { Booking } from '@/contract/events'
import { setupCloud } from '@test/cloud-fixture'
import { buttonByText, tap, typeInto, waitFor } from '@test/dom'
import { EventDetailView } from '../components/event-detail'
import { ShuttleTimetable } from '../components/shuttle-timetable'
import { VerifyPanel } from '../components/verify-panel'

jest.mock('@/lib/toast', () => ({ showToast: jest.fn(), confirmDialog: jest.fn() }))

const NOW = Date.parse('2026-11-26T10:00:00+08:00')
/** In the 2027 grape season, after its third concert. */
const IN_SEASON = Date.parse('2027-07-28T10:00:00+08:00')
const chinaDate = (ms: number) => new Date(ms + 8 * 3_600_000).toISOString().slice(0, 10)

function setup(now = NOW, openid = 'demo-resident-a') {
  jest.spyOn(Date, 'now').mockReturnValue(now)
  const env = setupCloud(openid, now)
  const profile = (who: string, phone: string) =>
    env.as(who, 'user', { action: 'updateProfile', name: '王秀兰', phone })
  return { ...env, profile }
}

afterEach(() => jest.restoreAllMocks())

const sessionCards = (c: Element) => Array.from(c.querySelectorAll('.session')) as HTMLElement[]
const text = (el: Element | null | undefined) => el?.textContent ?? ''

test('should list every concert with its programme, disable past ones and confirm right below the session booked', async () => {
  const { profile } = setup(IN_SEASON)
  await profile('demo-resident-a', '13912345678')
  const { container } = render(<EventDetailView id="ev-grape" />, {})
  await waitFor(() => expect(sessionCards(container)).toHaveLength(16))
  expect(container.querySelector('[data-testid="place-link"]')?.textContent).toContain('刘村葡萄采摘园')
  expect(text(sessionCards(container)[1])).toContain('第2场 · 电影金曲')
  expect(container.textContent).not.toMatch(/第\d+场音乐会/)

  const past = sessionCards(container).filter((s) => s.getAttribute('aria-disabled') === 'true')
  expect(past).toHaveLength(3)
  expect(past[0].textContent).toContain('已结束')
  tap(past[0])
  expect(container.querySelector('.sheet')).toBeNull()

  const last = sessionCards(container)[15]
  expect(last.textContent).toContain('余 300')
  tap(last)
  await waitFor(() => expect(container.querySelector('.sheet')).not.toBeNull())
  tap(container.querySelector('[data-step="1"]'))
  await waitFor(() => expect(text(container.querySelector('[data-testid="seats"]'))).toBe('2'))
  tap(buttonByText(container, '确认预约'))

  await waitFor(() => expect(container.textContent).toContain('预约成功'))
  const booked = container.querySelector('[data-testid="booked"]')
  expect(last.nextElementSibling).toBe(booked)
  expect(text(booked?.querySelector('.booked__code'))).toMatch(/^\d{8}$/)
  await waitFor(() => expect(last.textContent).toContain('余 298'))
  expect(booked?.textContent).toContain('顺便预约班车')
})

test('should close the booking sheet with 取消 and book nothing', async () => {
  const { profile, as } = setup()
  await profile('demo-resident-a', '13912345678')
  const { container } = render(<EventDetailView id="ev-grape" />, {})
  await waitFor(() => expect(sessionCards(container)).toHaveLength(16))
  tap(sessionCards(container)[0])
  await waitFor(() => expect(container.querySelector('.sheet')).not.toBeNull())
  tap(buttonByText(container, '取消'))
  await waitFor(() => expect(container.querySelector('.sheet')).toBeNull())
  expect((await as<{ items: Booking[] }>('demo-resident-a', 'events', { action: 'mine' })).items).toEqual([])
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
  await waitFor(() => expect(sessionCards(container)).toHaveLength(4))
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
  expect(text(sessionCards(container)[0])).toContain('6月11日')
  tap(sessionCards(container)[0])
  await typeInto(container, 'examTicket', '12-3')
  tap(buttonByText(container, '确认预约'))
  await waitFor(() => expect(container.textContent).toContain('6–20 位字母或数字'))
  await typeInto(container, 'examTicket', 'ZK2026001')
  tap(buttonByText(container, '确认预约'))
  await waitFor(() => expect(container.textContent).toContain('预约成功'))
})

test('should start each direction from the departures that fit the concert and confirm below the one tapped', async () => {
  const { as, profile } = setup()
  await profile('demo-resident-a', '13912345678')
  const concert = await as<Booking>('demo-resident-a', 'events', {
    action: 'book',
    sessionId: 'ev-grape-4',
    seats: 2,
    requestId: 'concert-0001',
  })
  const { container } = render(
    <ShuttleTimetable eventId="ev-grape" date={chinaDate(concert.startAt)} link={concert.id} seats={2} />,
    {},
  )
  const group = (dir: string) => container.querySelector(`[data-direction="${dir}"]`)
  const times = (dir: string) =>
    Array.from(group(dir)?.querySelectorAll('.departure__time') ?? []).map((t) => t.textContent)
  await waitFor(() => expect(times('out')).toEqual(['16:00', '17:00', '18:00']))
  expect(times('back')).toEqual(['21:00', '22:00'])
  expect(text(group('out'))).toContain('去程 · 城区太白楼路站 → 刘村葡萄采摘园')
  expect(text(group('back'))).toContain('返程 · 刘村葡萄采摘园 → 城区太白楼路站')
  expect(text(container.querySelector('[data-testid="shuttle-concert"]'))).toContain('第4场 · 经典老歌')

  const last = Array.from(group('out')!.querySelectorAll('.departure')).pop() as HTMLElement
  expect(last.textContent).toContain('余座 45 / 45')
  tap(last.querySelector('taro-button-core'))
  await waitFor(() => expect(text(container.querySelector('[data-testid="seats"]'))).toBe('2'))
  tap(buttonByText(container, '确认预约'))

  await waitFor(() => expect(container.textContent).toContain('班车预约成功'))
  expect(last.nextElementSibling?.getAttribute('data-testid')).toBe('booked')
  await waitFor(() => expect(last.textContent).toContain('余座 43 / 45'))
  const mine = await as<{ items: Booking[] }>('demo-resident-a', 'events', { action: 'mine' })
  expect(mine.items[0]).toMatchObject({ type: 'shuttle', seats: 2, linkedBookingId: concert.id })

  const toggle = group('out')!.querySelector('.departure-group__toggle')
  expect(text(toggle)).toContain('更早的 7 班（09:00–15:00）')
  tap(toggle)
  await waitFor(() => expect(times('out')).toHaveLength(10))
  expect(times('out')[0]).toBe('09:00')
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

async function gaokaoBooking(now: number) {
  const env = setup(now, 'demo-staff')
  await env.as('demo-staff', 'user', { action: 'bindRole', inviteCode: 'JC-STAFF-2026' })
  await env.profile('demo-resident-a', '13912345678')
  const booking = await env.as<Booking>('demo-resident-a', 'events', {
    action: 'book',
    sessionId: 'ev-gaokao-1',
    seats: 1,
    requestId: 'picking-0001',
    examTicket: 'ZK2027370811',
  })
  const { container } = render(<VerifyPanel />, {})
  await typeInto(container, 'code', booking.code)
  tap(buttonByText(container, '核验'))
  return container
}

test('should show staff the booker’s masked name and the exam ticket to compare', async () => {
  const container = await gaokaoBooking(Date.parse('2027-06-11T08:00:00+08:00'))
  await waitFor(() => expect(container.querySelector('[data-testid="verify-ok"]')).not.toBeNull())
  expect(text(container.querySelector('[data-testid="booker"]'))).toBe('王**')
  expect(text(container.querySelector('[data-testid="exam-ticket"]'))).toBe('ZK2027370811')
  expect(container.textContent).not.toContain('王秀兰')
})

test('should tell staff when checking opens for a booking checked too early', async () => {
  const container = await gaokaoBooking(NOW)
  await waitFor(() => expect(container.querySelector('[data-testid="verify-fail"]')).not.toBeNull())
  expect(container.textContent).toContain('6月11日 07:00 起可核验')
})
