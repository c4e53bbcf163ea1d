import type { Envelope } from '../../../../contract/envelope'
import type { Message } from '../../../../contract/messages'
import { START, setupCloud } from '../../../__tests__/harness'
import { riverCleanup } from '../../volunteer/__tests__/setup'
import { issuerAccountId } from '../../../ledger/accounts'
import { createTransfer } from '../../../ledger/transfers'

const A = 'res-a'
const B = 'res-b'
const STAFF = 'staff'
const CLERK = 'clerk'
const MIN = 60_000
const HOUR = 60 * MIN
const DAY = 24 * HOUR

let serial = 0
const rid = () => `req-msg-${String(++serial).padStart(6, '0')}`

async function setupMessages() {
  const env = setupCloud()
  await env.ok(A, 'user', 'updateProfile', { name: '王秀兰', phone: '13912345678', communityId: 'jc-xinhua' })
  await env.ok(B, 'user', 'updateProfile', { name: '李建国', phone: '13800001111', communityId: 'jc-xinhua' })
  await env.ok(STAFF, 'user', 'bindRole', { inviteCode: 'JC-STAFF-2026' })
  await env.ok(CLERK, 'user', 'bindRole', { inviteCode: 'YJ-CLERK-2026' })
  for (const openid of [A, B]) {
    const user = await env.db.get('users', openid)
    await env.db.transaction((tx) =>
      createTransfer(tx, {
        debitAccountId: issuerAccountId('jincheng'),
        creditAccountId: user?.accountId ?? '',
        amount: 200,
        kind: 'earn',
        reason: '测试积分',
        at: START,
      }),
    )
  }
  const at = (ms: number) => {
    env.clock.now = ms
  }
  const list = (openid = A, query: { cursor?: string; limit?: number } = {}) =>
    env.ok(openid, 'messages', 'list', query)
  const ids = async (openid = A) => (await list(openid, { limit: 50 })).items.map((m) => m.id)
  const unread = async (openid = A) => (await env.ok(openid, 'messages', 'unreadCount', {})).unread

  const activity = async (startAt: number) => env.ok(STAFF, 'volunteer', 'create', riverCleanup(startAt))
  const redeem = (openid = A) =>
    env.ok(openid, 'shop', 'redeem', { goodsId: 'goods-01', quantity: 1, requestId: rid() })
  const report = (openid = A) =>
    env.ok(openid, 'grid', 'report', {
      category: 'sanitation',
      description: '楼下垃圾桶满了三天没人清运',
      address: '新华社区 3 号楼东侧',
      requestId: rid(),
    })
  const advance = (ticketNo: string, to: string, extra: Record<string, unknown> = {}) =>
    env.ok(STAFF, 'grid', 'advance', { ticketNo, to, note: '网格员已到现场', ...extra } as never)
  const futureSession = async (after: number) => {
    for (const e of await env.ok(A, 'events', 'list', {})) {
      const found = (await env.ok(A, 'events', 'detail', { eventId: e.id })).sessions.find(
        (s) => s.startAt > after && !s.requires && s.seatsLeft > 0,
      )
      if (found) return found
    }
    throw new Error('no bookable session in the seed')
  }
  return { ...env, at, list, ids, unread, activity, redeem, report, advance, futureSession }
}

const codeOf = (result: Envelope<unknown>) => (result.ok ? 'OK' : result.error.code)

describe('messages from the resident’s own doings', () => {
  test('should remind of an activity one hour before it starts, and not of a cancelled sign-up', async () => {
    const env = await setupMessages()
    const act = await env.activity(START + 5 * HOUR)
    await env.ok(A, 'volunteer', 'signUp', { activityId: act.id })
    await env.ok(B, 'volunteer', 'signUp', { activityId: act.id })
    await env.ok(B, 'volunteer', 'cancel', { activityId: act.id })

    env.at(START + 4 * HOUR - MIN)
    expect(await env.ids()).toEqual([])

    env.at(START + 4 * HOUR)
    const page = await env.list()
    expect(page.items).toEqual([
      expect.objectContaining({
        id: expect.stringMatching(/^signup:.+:soon$/),
        kind: 'activity',
        at: START + 4 * HOUR,
        title: '活动即将开始',
        read: false,
        link: { kind: 'activity', id: act.id },
      }),
    ])
    expect(page.items[0].body).toContain('「河道清理」7月20日 14:30 开始')
    expect(page.unread).toBe(1)
    expect(await env.ids(B)).toEqual([])
    expect(await env.unread(B)).toBe(0)
  })

  test('should warn 5 minutes before a redemption code expires and tell when it was confirmed', async () => {
    const env = await setupMessages()
    const order = await env.redeem()

    env.at(order.expiresAt - 5 * MIN - 1)
    expect(await env.ids()).toEqual([])

    env.at(order.expiresAt - 5 * MIN)
    const [expiring] = (await env.list()).items
    expect(expiring).toMatchObject({ id: `order:${order.id}:expiring`, title: '兑换码 5 分钟后过期' })
    expect(expiring.body).toContain('易捷便利店 新华社区店')

    env.at(order.expiresAt - 2 * MIN)
    await env.ok(CLERK, 'shop', 'confirm', { code: order.code })
    const page = await env.list()
    expect(page.items.map((m) => m.id)).toEqual([`order:${order.id}:confirmed`, `order:${order.id}:expiring`])
    expect(page.items[0]).toMatchObject({ title: '兑换已核销', at: order.expiresAt - 2 * MIN })
    expect(page.unread).toBe(2)
  })

  test('should not warn of expiry for a code confirmed before the warning', async () => {
    const env = await setupMessages()
    const order = await env.redeem()
    env.at(START + 10 * MIN)
    await env.ok(CLERK, 'shop', 'confirm', { code: order.code })
    env.at(START + 2 * HOUR)
    expect(await env.ids()).toEqual([`order:${order.id}:confirmed`])
  })

  test('should tell each status change staff make on a report, but not the resident’s own rating', async () => {
    const env = await setupMessages()
    const ticket = await env.report()
    expect(await env.ids()).toEqual([])

    env.at(START + HOUR)
    await env.advance(ticket.ticketNo, 'accepted')
    env.at(START + 2 * HOUR)
    await env.advance(ticket.ticketNo, 'resolved', { note: '垃圾已清运' })
    env.at(START + 3 * HOUR)
    await env.ok(A, 'grid', 'rate', { ticketNo: ticket.ticketNo, score: 5 })

    const page = await env.list()
    expect(page.items.map((m) => [m.title, m.at])).toEqual([
      ['工单已办结', START + 2 * HOUR],
      ['工单已受理', START + HOUR],
    ])
    expect(page.items[0].body).toContain('垃圾已清运')
    expect(page.items[0].link).toEqual({ kind: 'ticket', id: ticket.ticketNo })
  })

  test('should remind of a booking the day before it starts, and not of a cancelled one', async () => {
    const env = await setupMessages()
    const session = await env.futureSession(START + 2 * DAY)
    const booking = await env.ok(A, 'events', 'book', { sessionId: session.id, seats: 2, requestId: rid() })

    env.at(session.startAt - DAY - 1)
    expect(await env.ids()).toEqual([])
    env.at(session.startAt - DAY)
    const [reminder] = (await env.list()).items
    expect(reminder).toMatchObject({ id: `booking:${booking.id}:soon`, kind: 'booking', title: '预约提醒' })
    expect(reminder.body).toContain('2 个座位')

    await env.ok(A, 'events', 'cancel', { bookingId: booking.id })
    expect(await env.ids()).toEqual([])
  })

  test('should never show one resident’s messages to another', async () => {
    const env = await setupMessages()
    const order = await env.redeem(A)
    env.at(order.expiresAt)
    expect(await env.ids(A)).toHaveLength(1)
    expect(await env.ids(B)).toEqual([])
    expect(codeOf(await env.call(B, 'messages', 'markRead', { id: `order:${order.id}:expiring` }))).toBe(
      'NOT_FOUND',
    )
    expect((await env.list(A)).items[0].read).toBe(false)
  })
})

describe('read marks', () => {
  async function withThree() {
    const env = await setupMessages()
    const ticket = await env.report()
    env.at(START + HOUR)
    await env.advance(ticket.ticketNo, 'accepted')
    env.at(START + 2 * HOUR)
    await env.advance(ticket.ticketNo, 'dispatched', { department: '环卫所' })
    env.at(START + 3 * HOUR)
    await env.advance(ticket.ticketNo, 'resolved')
    return env
  }

  test('should mark one message read, count the rest, and accept marking it again', async () => {
    const env = await withThree()
    const [first] = (await env.list()).items
    const marked = await env.ok(A, 'messages', 'markRead', { id: first.id })
    expect(marked).toEqual({ message: { ...first, read: true }, unread: 2 })
    expect(await env.unread()).toBe(2)
    expect((await env.list()).items.map((m) => m.read)).toEqual([true, false, false])

    expect((await env.ok(A, 'messages', 'markRead', { id: first.id })).unread).toBe(2)
  })

  test('should mark all read, and count a later message as unread', async () => {
    const env = await withThree()
    expect(await env.ok(A, 'messages', 'markAllRead', {})).toEqual({ marked: 3, unread: 0 })
    expect(await env.unread()).toBe(0)

    const order = await env.redeem()
    env.at(order.expiresAt - 5 * MIN)
    expect(await env.unread()).toBe(1)
  })

  test('should refuse an unknown or malformed id and change nothing', async () => {
    const env = await withThree()
    const before = env.snapshot()
    expect(codeOf(await env.call(A, 'messages', 'markRead', { id: 'order:nope:confirmed' }))).toBe(
      'NOT_FOUND',
    )
    const bad = await env.call(A, 'messages', 'markRead', { id: '' })
    expect(bad).toEqual({ ok: false, error: { code: 'INVALID_ARGUMENT', message: '缺少消息编号' } })
    expect(codeOf(await env.call(A, 'messages', 'markRead', {}))).toBe('INVALID_ARGUMENT')
    expect(env.snapshot()).toEqual(before)
  })

  test('should let messages and their read marks go after 90 days', async () => {
    const env = await withThree()
    const [newest] = (await env.list()).items
    await env.ok(A, 'messages', 'markRead', { id: newest.id })
    expect(await env.db.query('messageReads', { openid: A })).toHaveLength(1)

    env.at(START + HOUR + 90 * DAY)
    expect((await env.list()).items.map((m) => m.title)).toEqual(['工单已办结', '工单已派单', '工单已受理'])
    env.at(START + HOUR + 90 * DAY + 1)
    expect((await env.list()).items.map((m) => m.title)).toEqual(['工单已办结', '工单已派单'])

    env.at(START + 3 * HOUR + 90 * DAY + 1)
    const page = await env.list()
    expect(page).toEqual({ items: [], nextCursor: null, unread: 0 })
    expect(await env.db.query('messageReads', { openid: A })).toEqual([])
  })
})

describe('paging', () => {
  test('should page newest first by a keyset cursor that never skips, repeats or fails', async () => {
    const env = await setupMessages()
    const ticket = await env.report()
    const steps: [string, Record<string, unknown>][] = [
      ['accepted', {}],
      ['dispatched', { department: '环卫所' }],
      ['resolved', {}],
    ]
    for (const [i, [to, extra]] of steps.entries()) {
      env.at(START + (i + 1) * HOUR)
      await env.advance(ticket.ticketNo, to, extra)
    }
    const order = await env.redeem()
    env.at(order.expiresAt)
    const all = (await env.list(A, { limit: 50 })).items
    expect(all).toHaveLength(4)

    const seen: Message[] = []
    let cursor: string | undefined
    let pages = 0
    do {
      const page = await env.list(A, { cursor, limit: 1 })
      seen.push(...page.items)
      expect(page.unread).toBe(4)
      cursor = page.nextCursor ?? undefined
      pages += 1
    } while (cursor)
    expect(pages).toBe(4)
    expect(seen).toEqual(all)

    const firstPage = await env.list(A, { limit: 1 })
    expect(firstPage.items[0].id).toBe(`order:${order.id}:expiring`)
    env.at(START + HOUR + 90 * DAY + 1)
    const after = await env.list(A, { cursor: firstPage.nextCursor ?? undefined, limit: 50 })
    expect(after.items.map((m) => m.title)).toEqual(['工单已办结', '工单已派单'])
  })

  test('should refuse a cursor it never gave and a limit outside 1–50', async () => {
    const env = await setupMessages()
    expect(codeOf(await env.call(A, 'messages', 'list', { cursor: 'nonsense' }))).toBe('INVALID_ARGUMENT')
    expect(codeOf(await env.call(A, 'messages', 'list', { limit: 51 }))).toBe('INVALID_ARGUMENT')
    expect(codeOf(await env.call(A, 'messages', 'list', { limit: 0 }))).toBe('INVALID_ARGUMENT')
  })
})

describe('subscribe-message consent', () => {
  test('should record the latest answer per topic and refuse an unknown topic', async () => {
    const env = await setupMessages()
    expect(await env.ok(A, 'messages', 'subscribe', { topic: 'order', accepted: true })).toEqual({
      topic: 'order',
      accepted: true,
      at: START,
    })
    env.at(START + MIN)
    await env.ok(A, 'messages', 'subscribe', { topic: 'order', accepted: false })
    await env.ok(A, 'messages', 'subscribe', { topic: 'ticket', accepted: true })
    const subs = await env.db.query('subscriptions', { openid: A })
    expect(subs.map((s) => [s.topic, s.accepted, s.at]).sort()).toEqual([
      ['order', false, START + MIN],
      ['ticket', true, START + MIN],
    ])

    const before = env.snapshot()
    const bad = await env.call(A, 'messages', 'subscribe', { topic: 'marketing', accepted: true })
    expect(bad).toEqual({ ok: false, error: { code: 'INVALID_ARGUMENT', message: '订阅的消息类型不正确' } })
    expect(env.snapshot()).toEqual(before)
  })

  test('should remove read marks and consents on 注销, and leave another resident’s alone', async () => {
    const env = await setupMessages()
    for (const openid of [A, B]) {
      const order = await env.redeem(openid)
      env.at(order.expiresAt)
      await env.ok(openid, 'messages', 'markAllRead', {})
      await env.ok(openid, 'messages', 'subscribe', { topic: 'order', accepted: true })
      env.at(START)
    }
    await env.ok(A, 'user', 'deleteAccount', {})
    expect(await env.db.query('messageReads', { openid: A })).toEqual([])
    expect(await env.db.query('subscriptions', { openid: A })).toEqual([])
    expect(await env.db.query('messageReads', { openid: B })).toHaveLength(1)
    expect(await env.db.query('subscriptions', { openid: B })).toHaveLength(1)
    expect(await env.ids(A)).toEqual([])
  })
})
