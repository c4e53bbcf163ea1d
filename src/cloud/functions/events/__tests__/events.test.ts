import {
  nextConcertCheck,
  type Booking,
  type EventSummary,
  type SessionView,
  type VerifiedBooking,
} from '../../../../contract/events'
import { START, setupCloud, storedText } from '../../../__tests__/harness'

const HOUR = 3_600_000
const MINUTE = 60_000
const chinaDate = (ms: number) => new Date(ms + 8 * HOUR).toISOString().slice(0, 10)

let serial = 0
const rid = () => `req-${(serial += 1).toString().padStart(6, '0')}`

const china = (text: string) => Date.parse(`${text}+08:00`)
const chinaClock = (ms: number) => new Date(ms + 8 * HOUR).toISOString().slice(0, 16).replace('T', ' ')

/** A seeded cloud whose clock (and so its seed) starts at `at`. */
async function setupEvents(at = START) {
  const env = setupCloud()
  env.clock.now = at
  const profile = async (openid: string) => {
    await env.ok(openid, 'user', 'updateProfile', {
      name: '王秀兰',
      phone: `139${String(serial++).padStart(8, '0')}`,
    })
    return openid
  }
  const detail = (eventId: string) => env.ok('someone', 'events', 'detail', { eventId })
  const session = async (eventId: string, pick: (s: SessionView) => boolean = (s) => s.startAt > START) => {
    const found = (await detail(eventId)).sessions.find(pick)
    if (!found) throw new Error('no session')
    return found
  }
  const book = (openid: string, sessionId: string, seats = 1, extra: Record<string, unknown> = {}) =>
    env.call(openid, 'events', 'book', { sessionId, seats, requestId: rid(), ...extra })
  const booked = async (
    openid: string,
    sessionId: string,
    seats = 1,
    extra: Record<string, unknown> = {},
  ) => {
    const result = await book(openid, sessionId, seats, extra)
    if (!result.ok) throw new Error(result.error.code)
    return result.data as Booking
  }
  const staff = async () => {
    await env.ok('staff-1', 'user', 'bindRole', { inviteCode: 'JC-STAFF-2026' })
    return 'staff-1'
  }
  return { ...env, profile, detail, session, book, booked, staff }
}

const code = (result: { ok: boolean; error?: { code: string } }) => (result.ok ? 'OK' : result.error?.code)

describe('seed', () => {
  test('should hold the grape-music season with 16 concerts, some past and some upcoming', async () => {
    const { ok, detail } = await setupEvents()
    const list = await ok('someone', 'events', 'list')
    const grape = list.find((e) => e.title.includes('葡萄音乐市集'))
    expect(grape).toMatchObject({ hasShuttle: true, startDate: '2026-07-19', endDate: '2026-09-19' })
    const { sessions } = await detail(grape!.id)
    expect(sessions).toHaveLength(16)
    const upcoming = sessions.filter((s) => s.startAt > START)
    expect(upcoming.length).toBeGreaterThan(8)
    expect(upcoming.length).toBeLessThan(16)
    expect(upcoming[0].startAt - START).toBeLessThan(5 * 24 * HOUR)
    expect(list.map((e) => e.title)).toEqual(
      expect.arrayContaining(['高考学子免费采摘葡萄', '暑假·书香实践营']),
    )
  })

  test('should give every concert its own programme name', async () => {
    const { sessions } = await (await setupEvents()).detail('ev-grape')
    const titles = sessions.map((s) => s.title)
    expect(new Set(titles).size).toBe(16)
    for (const [i, title] of titles.entries()) expect(title).toMatch(new RegExp(`^第${i + 1}场 · \\S{2,}`))
    expect(titles).toEqual(expect.arrayContaining([expect.stringContaining('电影金曲')]))
  })

  test('should run hourly shuttles both ways on every concert day and none on other days', async () => {
    const { ok, detail } = await setupEvents()
    const { sessions } = await detail('ev-grape')
    for (const s of sessions) {
      const departures = await ok('someone', 'events', 'shuttles', {
        eventId: 'ev-grape',
        date: chinaDate(s.startAt),
      })
      const out = departures.filter((d) => d.to.includes('刘村'))
      const back = departures.filter((d) => d.from.includes('刘村'))
      expect(out.every((d) => d.direction === 'out')).toBe(true)
      expect(back.every((d) => d.direction === 'back')).toBe(true)
      expect(out.length).toBeGreaterThanOrEqual(4)
      expect(back.length).toBeGreaterThanOrEqual(4)
      for (const d of departures) expect(d.capacity).toBeLessThanOrEqual(60)
      for (let i = 1; i < out.length; i++) expect(out[i].departAt - out[i - 1].departAt).toBe(HOUR)
      for (let i = 1; i < back.length; i++) expect(back[i].departAt - back[i - 1].departAt).toBe(HOUR)
    }
    const offDay = chinaDate(sessions[0].startAt + 24 * HOUR)
    expect(await ok('someone', 'events', 'shuttles', { eventId: 'ev-grape', date: offDay })).toEqual([])
  })

  test('should keep the events data far below the 1 MB per-collection limit', async () => {
    const { storage, ok } = await setupEvents()
    await ok('someone', 'events', 'list')
    expect(storedText(storage, 'events').length).toBeLessThan(10_000)
    expect(storedText(storage, 'sessions').length).toBeLessThan(20_000)
  })
})

describe('seasons', () => {
  const dates = (sessions: SessionView[]) => sessions.map((s) => chinaClock(s.startAt))
  async function seasonsAt(at: string) {
    const env = await setupEvents(china(at))
    const list = await env.ok('someone', 'events', 'list')
    const sessionsOf = async (id: string) => (await env.detail(id)).sessions
    return { ...env, list, sessionsOf, now: china(at) }
  }

  test('should show next summer’s events with their next dates in December, and winter’s own first', async () => {
    const { list, sessionsOf, now } = await seasonsAt('2026-12-03T10:00:00')
    const grape = await sessionsOf('ev-grape')
    expect(dates(grape)[0]).toBe('2027-07-19 19:00')
    expect(dates(grape)[15]).toBe('2027-09-17 19:00')
    expect(list.find((e) => e.id === 'ev-grape')).toMatchObject({
      startDate: '2027-07-19',
      endDate: '2027-09-19',
      nextStartAt: grape[0].startAt,
    })
    expect(dates(await sessionsOf('ev-gaokao'))).toEqual(
      ['06-11', '06-12', '06-13', '06-14'].flatMap((d) => [`2027-${d} 09:00`, `2027-${d} 15:00`]),
    )
    for (const s of await sessionsOf('ev-reading')) expect(chinaClock(s.startAt)).toMatch(/^2027-0[78]-/)
    // winter comes first: the festival, the health checks and the anti-fraud lessons are this winter's
    const soonest = list.slice(0, 4).map((e) => e.id)
    expect(soonest).toEqual(
      expect.arrayContaining(['ev-clinic', 'ev-recycle', 'ev-neighbour', 'ev-antifraud']),
    )
    for (const id of ['ev-neighbour', 'ev-clinic', 'ev-antifraud']) {
      const sessions = await sessionsOf(id)
      for (const s of sessions) expect(chinaClock(s.startAt)).toMatch(/^(2026-12|2027-0[12])-/)
      expect(sessions.some((s) => s.startAt > now)).toBe(true)
    }
    expect(list.every((e: EventSummary) => e.nextStartAt !== null && e.nextStartAt > now)).toBe(true)
  })

  test('should open the 高考 picking on the days after the exams, when the grape season is still ahead', async () => {
    const { sessionsOf, list } = await seasonsAt('2027-06-09T12:00:00')
    const picking = await sessionsOf('ev-gaokao')
    expect(dates(picking)[0]).toBe('2027-06-11 09:00')
    for (const s of picking) {
      expect(s).toMatchObject({ requires: 'examTicket' })
      expect(s.capacity).toBeGreaterThanOrEqual(10)
    }
    expect(list[0].id).toBe('ev-gaokao')
    expect(dates(await sessionsOf('ev-grape'))[0]).toBe('2027-07-19 19:00')
    expect((await sessionsOf('ev-reading')).map((s) => s.capacity)).toEqual([10, 10, 10, 10])
  })

  test('should be in the grape season on 2027-07-20, with next year’s picking and this summer’s camp', async () => {
    const { sessionsOf, now } = await seasonsAt('2027-07-20T21:30:00')
    const grape = await sessionsOf('ev-grape')
    expect(grape.filter((s) => s.startAt < now)).toHaveLength(1)
    expect(dates(grape.filter((s) => s.startAt > now))[0]).toBe('2027-07-23 19:00')
    expect(dates(await sessionsOf('ev-gaokao'))[0]).toBe('2028-06-11 09:00')
    expect(dates(await sessionsOf('ev-reading'))).toEqual([
      '2027-07-06 08:30',
      '2027-07-20 08:30',
      '2027-08-03 08:30',
      '2027-08-17 08:30',
    ])
  })

  test('should show next year’s season the day after it ended', async () => {
    const { sessionsOf, list } = await seasonsAt('2027-09-20T09:00:00')
    expect(list.find((e) => e.id === 'ev-grape')).toMatchObject({
      startDate: '2028-07-19',
      endDate: '2028-09-19',
    })
    expect(dates(await sessionsOf('ev-grape'))[0]).toBe('2028-07-19 19:00')
    expect(dates(await sessionsOf('ev-gaokao'))[0]).toBe('2028-06-11 09:00')
    expect(dates(await sessionsOf('ev-reading'))[0]).toBe('2028-07-06 08:30')
    expect(dates(await sessionsOf('ev-neighbour'))[0]).toBe('2028-01-16 14:00')
  })

  test('should keep a season until a day before its last concert', async () => {
    const before = await seasonsAt('2027-09-16T18:59:00')
    expect(dates(await before.sessionsOf('ev-grape'))[15]).toBe('2027-09-17 19:00')
    const after = await seasonsAt('2027-09-16T19:00:00')
    expect(dates(await after.sessionsOf('ev-grape'))[0]).toBe('2028-07-19 19:00')
  })

  test.each([
    ['2026-12-03T10:00:00', '2027-07-19 17:00'],
    ['2027-07-20T21:30:00', '2027-07-23 17:00'],
    ['2027-07-23T18:00:00', '2027-07-23 18:00'],
    ['2027-09-17T12:00:00', '2028-07-19 17:00'],
  ])(
    'should let 演示工具 jump from %s to %s, where a concert booked before the jump can be verified',
    async (at, lands) => {
      const env = await seasonsAt(at)
      const jump = nextConcertCheck(env.now)
      expect(chinaClock(jump.at)).toBe(lands)
      const concert = (await env.sessionsOf('ev-grape')).find((s) => s.startAt === jump.startAt)!
      expect(concert.title).toMatch(new RegExp(`^第${jump.index + 1}场`))
      const booking = await env.booked(await env.profile('res-a'), concert.id)
      env.clock.now = jump.at
      expect(await env.ok(await env.staff(), 'events', 'verify', { code: booking.code })).toMatchObject({
        status: 'used',
      })
    },
  )
})

describe('book', () => {
  test('should book seats with an 8-digit code and take them from the session', async () => {
    const { profile, session, booked, detail } = await setupEvents()
    const a = await profile('res-a')
    const concert = await session('ev-grape')

    const booking = await booked(a, concert.id, 3)

    expect(booking).toMatchObject({ type: 'session', sessionId: concert.id, seats: 3, status: 'booked' })
    expect(booking.code).toMatch(/^\d{8}$/)
    const after = (await detail('ev-grape')).sessions.find((s) => s.id === concert.id)
    expect(after?.seatsLeft).toBe(concert.seatsLeft - 3)
  })

  test('should ask for a profile first and change nothing', async () => {
    const { session, book, snapshot, ok } = await setupEvents()
    await ok('no-profile', 'user', 'login')
    const before = snapshot()
    expect(code(await book('no-profile', (await session('ev-grape')).id))).toBe('PROFILE_REQUIRED')
    expect(snapshot()).toEqual(before)
  })

  test('should refuse 0 or 5 seats and an unknown session', async () => {
    const { profile, session, book } = await setupEvents()
    const a = await profile('res-a')
    const concert = await session('ev-grape')
    expect(code(await book(a, concert.id, 0))).toBe('INVALID_ARGUMENT')
    expect(code(await book(a, concert.id, 5))).toBe('INVALID_ARGUMENT')
    expect(code(await book(a, 'nowhere'))).toBe('NOT_FOUND')
  })

  test('should answer CONFLICT to a second booking of one session by one resident', async () => {
    const { profile, session, booked, book } = await setupEvents()
    const a = await profile('res-a')
    const concert = await session('ev-grape')
    await booked(a, concert.id)
    const second = await book(a, concert.id, 2)
    expect(second).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
  })

  test('should take exactly the capacity under 3× concurrent demand and never go below zero', async () => {
    const { profile, session, book, detail } = await setupEvents()
    const camp = await session('ev-reading')
    expect(camp.capacity).toBe(10)
    const residents = await Promise.all(Array.from({ length: 30 }, (_, i) => profile(`res-${i}`)))

    const results = await Promise.all(residents.map((r) => book(r, camp.id, 1)))

    expect(results.filter((r) => r.ok)).toHaveLength(10)
    expect(results.filter((r) => !r.ok).map(code)).toEqual(Array(20).fill('QUOTA_EXCEEDED'))
    const after = (await detail('ev-reading')).sessions.find((s) => s.id === camp.id)
    expect(after?.seatsLeft).toBe(0)
  })

  test('should never oversell when concurrent bookings ask for different seat counts', async () => {
    const { profile, session, book, detail } = await setupEvents()
    const camp = await session('ev-reading')
    const residents = await Promise.all(Array.from({ length: 12 }, (_, i) => profile(`res-${i}`)))

    const results = await Promise.all(residents.map((r, i) => book(r, camp.id, (i % 4) + 1)))

    const taken = results.reduce((sum, r) => sum + (r.ok ? (r.data as Booking).seats : 0), 0)
    const after = (await detail('ev-reading')).sessions.find((s) => s.id === camp.id)
    expect(taken).toBeLessThanOrEqual(10)
    expect(after?.seatsLeft).toBe(10 - taken)
    expect(after!.seatsLeft).toBeGreaterThanOrEqual(0)
  })

  test('should answer a repeated requestId with the same booking and refuse it with other input', async () => {
    const { profile, session, call, detail } = await setupEvents()
    const a = await profile('res-a')
    const concert = await session('ev-grape')
    const input = { sessionId: concert.id, seats: 2, requestId: 'retry-123456' }

    const [first, again] = await Promise.all([
      call(a, 'events', 'book', input),
      call(a, 'events', 'book', input),
    ])
    const other = await call(a, 'events', 'book', { ...input, seats: 3 })

    expect(again).toEqual(first)
    expect(other).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } })
    const after = (await detail('ev-grape')).sessions.find((s) => s.id === concert.id)
    expect(after?.seatsLeft).toBe(concert.seatsLeft - 2)
  })

  test('should close booking at the session start', async () => {
    const { profile, session, book, clock } = await setupEvents()
    const a = await profile('res-a')
    const concert = await session('ev-grape')
    clock.now = concert.startAt
    expect(code(await book(a, concert.id))).toBe('WINDOW_CLOSED')
  })

  test('should need a well-formed exam ticket, once per season, for the students picking', async () => {
    const { profile, detail, book, booked, call } = await setupEvents()
    const [a, b] = [await profile('res-a'), await profile('res-b')]
    const [first, second] = (await detail('ev-gaokao')).sessions

    expect(code(await book(a, first.id))).toBe('INVALID_ARGUMENT')
    expect(code(await book(a, first.id, 1, { examTicket: '12-34' }))).toBe('INVALID_ARGUMENT')
    const ticket = await booked(a, first.id, 2, { examTicket: ' ab2026370811 ' })
    expect(code(await book(b, second.id, 1, { examTicket: 'AB2026370811' }))).toBe('CONFLICT')

    await call(a, 'events', 'cancel', { bookingId: ticket.id })
    expect(code(await book(b, second.id, 1, { examTicket: 'AB2026370811' }))).toBe('OK')
  })
})

describe('cancel', () => {
  test('should cancel until 2 h before the start and give the seats back', async () => {
    const { profile, session, booked, ok, detail, clock } = await setupEvents()
    const a = await profile('res-a')
    const concert = await session('ev-grape')
    const booking = await booked(a, concert.id, 4)
    clock.now = concert.startAt - 2 * HOUR

    const result = await ok(a, 'events', 'cancel', { bookingId: booking.id })

    expect(result).toMatchObject({ id: booking.id, status: 'cancelled', linked: [] })
    expect((await detail('ev-grape')).sessions.find((s) => s.id === concert.id)?.seatsLeft).toBe(
      concert.seatsLeft,
    )
  })

  test('should answer WINDOW_CLOSED after the cutoff and change nothing', async () => {
    const { profile, session, booked, call, clock, snapshot } = await setupEvents()
    const a = await profile('res-a')
    const concert = await session('ev-grape')
    const booking = await booked(a, concert.id)
    clock.now = concert.startAt - 2 * HOUR + MINUTE
    const before = snapshot()

    const result = await call(a, 'events', 'cancel', { bookingId: booking.id })

    expect(result).toMatchObject({ ok: false, error: { code: 'WINDOW_CLOSED' } })
    expect(snapshot()).toEqual(before)
  })

  test("should refuse someone else's booking and a second cancel", async () => {
    const { profile, session, booked, call } = await setupEvents()
    const [a, b] = [await profile('res-a'), await profile('res-b')]
    const booking = await booked(a, (await session('ev-grape')).id)
    expect(code(await call(b, 'events', 'cancel', { bookingId: booking.id }))).toBe('PERMISSION_DENIED')
    expect(code(await call(a, 'events', 'cancel', { bookingId: booking.id }))).toBe('OK')
    expect(code(await call(a, 'events', 'cancel', { bookingId: booking.id }))).toBe('CONFLICT')
    expect(code(await call(a, 'events', 'cancel', { bookingId: 'bk-none' }))).toBe('NOT_FOUND')
  })
})

describe('shuttle', () => {
  async function concertWithShuttle() {
    const env = await setupEvents()
    const a = await env.profile('res-a')
    const concert = await env.session('ev-grape', (s) => s.startAt > START + 24 * HOUR)
    const booking = await env.booked(a, concert.id, 2)
    const departures = await env.ok(a, 'events', 'shuttles', {
      eventId: 'ev-grape',
      date: chinaDate(concert.startAt),
    })
    const outward = departures.find((d) => d.to.includes('刘村'))!
    const ride = await env.ok(a, 'events', 'bookShuttle', {
      departureId: outward.id,
      seats: 2,
      requestId: rid(),
      linkedBookingId: booking.id,
    })
    return { ...env, a, concert, booking, outward, ride }
  }

  const seatsLeft = async (ok: ReturnType<typeof setupCloud>['ok'], date: string, id: string) =>
    (await ok('someone', 'events', 'shuttles', { eventId: 'ev-grape', date })).find((d) => d.id === id)
      ?.seatsLeft

  test('should group a concert day’s departures by direction and mark those that fit the concert', async () => {
    const { ok, concert } = await concertWithShuttle()
    const departures = await ok('someone', 'events', 'shuttles', {
      eventId: 'ev-grape',
      date: chinaDate(concert.startAt),
    })
    const dirs = departures.map((d) => d.direction)
    expect(dirs.indexOf('back')).toBe(dirs.lastIndexOf('out') + 1)
    const hours = (direction: string) =>
      departures
        .filter((d) => d.direction === direction && d.fits)
        .map((d) => new Date(d.departAt + 8 * HOUR).getUTCHours())
    // the concert is 19:00–20:30
    expect(hours('out')).toEqual([16, 17, 18])
    expect(hours('back')).toEqual([21, 22])
  })

  test('should book departure seats linked to a concert booking', async () => {
    const { ok, outward, ride, booking } = await concertWithShuttle()
    expect(ride).toMatchObject({
      type: 'shuttle',
      departureId: outward.id,
      seats: 2,
      linkedBookingId: booking.id,
    })
    expect(ride.code).toMatch(/^\d{8}$/)
    expect(await seatsLeft(ok, chinaDate(outward.departAt), outward.id)).toBe(outward.capacity - 2)
  })

  test('should report the linked shuttle seats when the concert is cancelled alone', async () => {
    const { ok, a, booking, ride, outward } = await concertWithShuttle()
    const result = await ok(a, 'events', 'cancel', { bookingId: booking.id })
    expect(result.linked).toEqual([expect.objectContaining({ id: ride.id, status: 'booked' })])
    expect(await seatsLeft(ok, chinaDate(outward.departAt), outward.id)).toBe(outward.capacity - 2)
  })

  test('should cancel the linked shuttle seats too when asked (cascade)', async () => {
    const { ok, a, booking, ride, outward } = await concertWithShuttle()
    const result = await ok(a, 'events', 'cancel', { bookingId: booking.id, withLinked: true })
    expect(result.linked).toEqual([expect.objectContaining({ id: ride.id, status: 'cancelled' })])
    expect(await seatsLeft(ok, chinaDate(outward.departAt), outward.id)).toBe(outward.capacity)
  })

  test('should let a departure be cancelled until 30 min before it leaves', async () => {
    const { call, a, ride, outward, clock } = await concertWithShuttle()
    clock.now = outward.departAt - 29 * MINUTE
    expect(code(await call(a, 'events', 'cancel', { bookingId: ride.id }))).toBe('WINDOW_CLOSED')
    clock.now = outward.departAt - 30 * MINUTE
    expect(code(await call(a, 'events', 'cancel', { bookingId: ride.id }))).toBe('OK')
  })

  test("should refuse a full departure, an unknown one and a link to someone else's booking", async () => {
    const { ok, call, profile, outward, booking } = await concertWithShuttle()
    const riders = await Promise.all(Array.from({ length: 30 }, (_, i) => profile(`rider-${i}`)))
    const results = await Promise.all(
      riders.map((r) =>
        call(r, 'events', 'bookShuttle', { departureId: outward.id, seats: 4, requestId: rid() }),
      ),
    )
    const taken = results.reduce((sum, r) => sum + (r.ok ? (r.data as Booking).seats : 0), 0)
    expect(taken + 2).toBeLessThanOrEqual(outward.capacity)
    expect(await seatsLeft(ok, chinaDate(outward.departAt), outward.id)).toBe(outward.capacity - 2 - taken)
    expect(results.filter((r) => !r.ok).map(code)).toContain('QUOTA_EXCEEDED')

    const b = await profile('res-b')
    const bad = (data: Record<string, unknown>) =>
      call(b, 'events', 'bookShuttle', { departureId: outward.id, seats: 1, requestId: rid(), ...data })
    expect(code(await bad({ departureId: 'ev-grape~2026-01-01~09~out' }))).toBe('NOT_FOUND')
    expect(code(await bad({ linkedBookingId: booking.id }))).toBe('PERMISSION_DENIED')
  })

  test('should refuse a shuttle booking linked to another shuttle booking, taking no seat', async () => {
    const { ok, call, a, ride, concert } = await concertWithShuttle()
    const date = chinaDate(concert.startAt)
    const back = (await ok('someone', 'events', 'shuttles', { eventId: 'ev-grape', date })).find(
      (d) => d.direction === 'back',
    )!

    const linked = await call(a, 'events', 'bookShuttle', {
      departureId: back.id,
      seats: 1,
      requestId: rid(),
      linkedBookingId: ride.id,
    })

    expect(linked).toMatchObject({
      ok: false,
      error: { code: 'INVALID_ARGUMENT', message: expect.stringContaining('场次预约') },
    })
    expect(await seatsLeft(ok, date, back.id)).toBe(back.capacity)
  })
})

describe('verify', () => {
  /** B's booking of the next concert, and the clock at the moment its entry checking opens. */
  async function nearBooking() {
    const env = await setupEvents()
    const b = await env.profile('res-b')
    const fair = await env.session('ev-grape')
    const booking = await env.booked(b, fair.id, 2)
    env.clock.now = fair.startAt - 2 * HOUR
    return { ...env, b, fair, booking }
  }

  test('should mark a booking used once and answer CONFLICT with the time on a second scan', async () => {
    const { ok, call, staff, booking, b } = await nearBooking()
    const s = await staff()

    const used = await ok(s, 'events', 'verify', { code: booking.code })
    const again = await call(s, 'events', 'verify', { code: booking.code })

    expect(used).toMatchObject({ id: booking.id, status: 'used', seats: 2 })
    expect(again).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    expect(again.ok ? '' : again.error.message).toMatch(/已于 \d{4}-\d{2}-\d{2} \d{2}:\d{2} 核验/)
    expect(code(await call(b, 'events', 'cancel', { bookingId: booking.id }))).toBe('CONFLICT')
  })

  test('should show staff the booker’s masked name, never the full one or the phone', async () => {
    const { ok, staff, booking } = await nearBooking()
    const used: VerifiedBooking = await ok(await staff(), 'events', 'verify', { code: booking.code })
    expect(used.bookerMasked).toBe('王**')
    expect(JSON.stringify(used)).not.toMatch(/王秀兰|139\d{8}/)
    expect(used.examTicket).toBeUndefined()
  })

  test('should show staff the exam ticket of a 高考 picking booking', async () => {
    const { ok, profile, detail, booked, staff, clock } = await setupEvents(china('2027-06-09T12:00:00'))
    const picking = (await detail('ev-gaokao')).sessions[0]
    const booking = await booked(await profile('res-a'), picking.id, 1, { examTicket: 'zk2027370811' })
    expect(booking).not.toHaveProperty('examTicket')
    clock.now = picking.startAt - HOUR
    const used = await ok(await staff(), 'events', 'verify', { code: booking.code })
    expect(used).toMatchObject({ examTicket: 'ZK2027370811', bookerMasked: '王**', title: '上午场' })
  })

  test('should refuse a cancelled booking, an unknown code, a malformed code and a non-staff caller', async () => {
    const { call, staff, profile, session, booked, b } = await nearBooking()
    const s = await staff()
    const later = await booked(b, (await session('ev-grape', (x) => x.startAt > START + 5 * 24 * HOUR)).id)
    await call(b, 'events', 'cancel', { bookingId: later.id })
    const refused = await call(s, 'events', 'verify', { code: later.code })
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    expect(refused.ok ? '' : refused.error.message).toContain('已取消')
    expect(code(await call(s, 'events', 'verify', { code: '00000000' }))).toBe('NOT_FOUND')
    expect(code(await call(s, 'events', 'verify', { code: '12ab' }))).toBe('INVALID_ARGUMENT')
    expect(code(await call(await profile('res-c'), 'events', 'verify', { code: later.code }))).toBe(
      'PERMISSION_DENIED',
    )
  })

  test('should verify only from 2 h before a session until its end, and say when checking opens', async () => {
    const { call, staff, session, booked, b, clock, snapshot } = await nearBooking()
    const s = await staff()
    const concert = await session('ev-grape', (x) => x.startAt > clock.now + 24 * HOUR)
    const booking = await booked(b, concert.id)
    clock.now = concert.startAt - 2 * HOUR - MINUTE
    const before = snapshot()
    const early = await call(s, 'events', 'verify', { code: booking.code })
    expect(early).toMatchObject({ ok: false, error: { code: 'WINDOW_CLOSED' } })
    const opens = new Date(concert.startAt - 2 * HOUR + 8 * HOUR)
    expect(early.ok ? '' : early.error.message).toContain(
      `${opens.getUTCMonth() + 1}月${opens.getUTCDate()}日 17:00 起可核验`,
    )
    expect(snapshot()).toEqual(before)
    clock.now = concert.endAt + MINUTE
    const late = await call(s, 'events', 'verify', { code: booking.code })
    expect(late).toMatchObject({ ok: false, error: { code: 'WINDOW_CLOSED' } })
    expect(late.ok ? '' : late.error.message).toContain('20:30 结束核验')
    clock.now = concert.startAt - 2 * HOUR
    expect(code(await call(s, 'events', 'verify', { code: booking.code }))).toBe('OK')
  })
})

describe('mine and 注销', () => {
  test('should list my bookings in the order they are used: bus out, concert, bus back; the rest after', async () => {
    const { profile, detail, booked, ok, call } = await setupEvents()
    const a = await profile('res-a')
    const [soon, concert, later] = (await detail('ev-grape')).sessions.filter((s) => s.startAt > START)
    const day = chinaDate(concert.startAt)
    const departures = await ok(a, 'events', 'shuttles', { eventId: 'ev-grape', date: day })
    const ride = (direction: 'out' | 'back') => {
      const d = departures.find((x) => x.direction === direction && x.fits)!
      return ok(a, 'events', 'bookShuttle', { departureId: d.id, seats: 1, requestId: rid() })
    }
    const back = await ride('back')
    const show = await booked(a, concert.id)
    const out = await ride('out')
    const dropped = await booked(a, later.id)
    await call(a, 'events', 'cancel', { bookingId: dropped.id })
    const first = await booked(a, soon.id)

    const page1 = await ok(a, 'events', 'mine', { limit: 2 })
    const page2 = await ok(a, 'events', 'mine', { limit: 2, cursor: page1.nextCursor! })
    const page3 = await ok(a, 'events', 'mine', { limit: 2, cursor: page2.nextCursor! })

    expect([...page1.items, ...page2.items, ...page3.items].map((x) => x.id)).toEqual(
      [first, out, show, back, dropped].map((x) => x.id),
    )
    expect(page3.items[0]).toMatchObject({ status: 'cancelled', eventTitle: '刘村葡萄音乐市集' })
    expect(page3.nextCursor).toBeNull()
    expect((await ok('res-other', 'events', 'mine', {})).items).toEqual([])
  })

  test('should release seats and forget the owner and exam ticket on 注销', async () => {
    const { profile, detail, booked, ok, storage } = await setupEvents()
    const a = await profile('res-a')
    const picking = (await detail('ev-gaokao')).sessions[0]
    await booked(a, picking.id, 2, { examTicket: 'ZK20260001' })

    await ok(a, 'user', 'deleteAccount')

    expect((await detail('ev-gaokao')).sessions[0].seatsLeft).toBe(picking.capacity)
    expect(storedText(storage, 'bookings')).not.toContain('ZK20260001')
    expect(storedText(storage, 'bookings')).not.toContain('res-a')
    expect((await ok(a, 'events', 'mine', {})).items).toEqual([])
  })
})

test('should put every event on the map in 任城区, in the list and in its detail', async () => {
  const { ok } = setupCloud()
  const events = await ok('demo-resident-a', 'events', 'list', {})
  expect(events.length).toBeGreaterThan(5)
  for (const e of events) {
    expect(e.location).toMatchObject({ name: e.place })
    expect(e.location!.lat).toBeGreaterThan(35.3)
    expect(e.location!.lat).toBeLessThan(35.5)
    expect(e.location!.lng).toBeGreaterThan(116.4)
    expect(e.location!.lng).toBeLessThan(116.7)
  }
  const grape = await ok('demo-resident-a', 'events', 'detail', { eventId: 'ev-grape' })
  expect(grape.location?.name).toBe('王因街道刘村葡萄采摘园')
})
