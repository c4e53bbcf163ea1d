import type { Envelope } from '../../contract/envelope'
import { issuerAccountId } from '../ledger/accounts'
import { createTransfer } from '../ledger/transfers'
import { REQUEST_TTL_MS, callerKey } from '../runtime/idempotency'
import { START, setupCloud } from './harness'

const HOUR = 3_600_000
const A = 'idem-resident-a'
const B = 'idem-resident-b'
const CLERK = 'idem-clerk'
const STAFF = 'idem-staff'

type Env = ReturnType<typeof setupCloud>
type Answer = { [key: string]: unknown }

/** One idempotent action: how to call it, a different input, how its first answer can go stale, what it takes. */
interface Case {
  name: 'redeem' | 'book' | 'bookShuttle' | 'report'
  fn: string
  action: string
  input(env: Env): Promise<Record<string, unknown>>
  /** The same request with something else changed. */
  other(input: Record<string, unknown>): Record<string, unknown>
  /** What the first answer says now and later changes (a clerk confirms, the owner cancels, staff accept). */
  status: [string, string]
  change(env: Env, openid: string, first: Answer): Promise<void>
  /** What the action took: documents made and the resource they hold. */
  effect(env: Env): Promise<unknown>
}

async function resident(env: Env, openid: string, phone: string) {
  await env.ok(openid, 'user', 'updateProfile', { name: '王秀兰', phone, communityId: 'jc-xinhua' })
  const user = await env.db.get('users', openid)
  await env.db.transaction((tx) =>
    createTransfer(tx, {
      debitAccountId: issuerAccountId('jincheng'),
      creditAccountId: user?.accountId ?? '',
      amount: 500,
      kind: 'earn',
      reason: '测试积分',
      at: START,
    }),
  )
}

/** An upcoming concert a day or more ahead, and its first outward departure. */
async function concert(env: Env) {
  const { sessions } = await env.ok('someone', 'events', 'detail', { eventId: 'ev-grape' })
  const session = sessions.find((s) => s.startAt > START + 24 * HOUR)!
  const date = new Date(session.startAt + 8 * HOUR).toISOString().slice(0, 10)
  const departures = await env.ok('someone', 'events', 'shuttles', { eventId: 'ev-grape', date })
  return { session, outward: departures.find((d) => d.direction === 'out')! }
}

const count = async (env: Env, collection: 'orders' | 'bookings' | 'tickets') =>
  (await env.db.query(collection)).length

const CASES: Case[] = [
  {
    name: 'redeem',
    fn: 'shop',
    action: 'redeem',
    input: async () => ({ goodsId: 'goods-01', quantity: 1 }),
    other: (input) => ({ ...input, quantity: 2 }),
    status: ['pending', 'confirmed'],
    async change(env, _openid, first) {
      await env.ok(CLERK, 'shop', 'confirm', { code: first.code as string })
    },
    async effect(env) {
      const account = await env.db.get('accounts', (await env.db.get('users', A))?.accountId ?? '')
      const held = account && [account.debitsPending, account.debitsPosted, account.creditsPosted]
      return [await count(env, 'orders'), (await env.db.get('goods', 'goods-01'))?.stock, held]
    },
  },
  {
    name: 'book',
    fn: 'events',
    action: 'book',
    input: async (env) => ({ sessionId: (await concert(env)).session.id, seats: 2 }),
    other: (input) => ({ ...input, seats: 3 }),
    status: ['booked', 'cancelled'],
    async change(env, openid, first) {
      await env.ok(openid, 'events', 'cancel', { bookingId: first.id as string })
    },
    async effect(env) {
      const { session } = await concert(env)
      return [await count(env, 'bookings'), session.seatsLeft]
    },
  },
  {
    name: 'bookShuttle',
    fn: 'events',
    action: 'bookShuttle',
    input: async (env) => ({ departureId: (await concert(env)).outward.id, seats: 1 }),
    other: (input) => ({ ...input, seats: 2 }),
    status: ['booked', 'cancelled'],
    async change(env, openid, first) {
      await env.ok(openid, 'events', 'cancel', { bookingId: first.id as string })
    },
    async effect(env) {
      const { outward } = await concert(env)
      return [await count(env, 'bookings'), outward.seatsLeft]
    },
  },
  {
    name: 'report',
    fn: 'grid',
    action: 'report',
    input: async () => ({
      category: 'sanitation',
      description: '楼下垃圾桶满了三天没人清运',
      address: '新华社区 3 号楼东侧',
      photos: ['data:image/png;base64,AAAA'],
    }),
    other: (input) => ({ ...input, description: '楼下垃圾桶满了四天没人清运' }),
    status: ['submitted', 'accepted'],
    async change(env, _openid, first) {
      await env.ok(STAFF, 'grid', 'advance', {
        ticketNo: first.ticketNo as string,
        to: 'accepted',
        note: '已受理',
      })
    },
    async effect(env) {
      return [await count(env, 'tickets'), (await env.db.query('ticketPhotos')).length]
    },
  },
]

async function setup() {
  const env = setupCloud()
  await env.ok(CLERK, 'user', 'bindRole', { inviteCode: 'YJ-CLERK-2026' })
  await env.ok(STAFF, 'user', 'bindRole', { inviteCode: 'JC-STAFF-2026' })
  const send = (c: Case, openid: string, input: Record<string, unknown>, requestId: string) =>
    env.call(openid, c.fn, c.action, { ...input, requestId }) as Promise<Envelope<Answer>>
  const must = async (result: Promise<Envelope<Answer>>) => {
    const answer = await result
    if (!answer.ok) throw new Error(`${answer.error.code} ${answer.error.message}`)
    return answer.data
  }
  return { ...env, send, must }
}

describe.each(CASES)('$name', (c) => {
  test('should replay the first answer exactly after its object changed, and change nothing', async () => {
    const env = await setup()
    await resident(env, A, '13900000001')
    const input = await c.input(env)
    const first = await env.must(env.send(c, A, input, 'first-request-01'))
    await c.change(env, A, first)
    const effect = await c.effect(env)
    const before = env.snapshot()

    const again = await env.send(c, A, input, 'first-request-01')

    expect(first.status).toBe(c.status[0])
    expect(again).toEqual({ ok: true, data: first })
    expect(env.snapshot()).toEqual(before)
    expect(await c.effect(env)).toEqual(effect)
  })

  test('should refuse the same requestId with other input as INVALID_ARGUMENT, changing nothing', async () => {
    const env = await setup()
    await resident(env, A, '13900000001')
    const input = await c.input(env)
    await env.must(env.send(c, A, input, 'first-request-01'))
    const before = env.snapshot()

    const other = await env.send(c, A, c.other(input), 'first-request-01')

    expect(other).toEqual({
      ok: false,
      error: { code: 'INVALID_ARGUMENT', message: expect.stringMatching(/请求编号/) },
    })
    expect(env.snapshot()).toEqual(before)
  })

  test('should run a request again under the same requestId after it failed', async () => {
    const env = await setup()
    const input = await c.input(env)
    const failed = await env.send(c, A, input, 'first-request-01')
    await resident(env, A, '13900000001')
    const effect = await c.effect(env)

    const retried = await env.send(c, A, input, 'first-request-01')

    expect(failed).toMatchObject({ ok: false, error: { code: 'PROFILE_REQUIRED' } })
    expect(retried).toMatchObject({ ok: true, data: { status: c.status[0] } })
    expect(await c.effect(env)).not.toEqual(effect)
  })

  test('should treat the same requestId from another caller as a request of its own', async () => {
    const env = await setup()
    await resident(env, A, '13900000001')
    await resident(env, B, '13900000002')
    const input = await c.input(env)
    const mine = await env.must(env.send(c, A, input, 'first-request-01'))
    const effect = await c.effect(env)

    const theirs = await env.must(env.send(c, B, input, 'first-request-01'))

    expect(theirs).not.toEqual(mine)
    expect(await c.effect(env)).not.toEqual(effect)
    expect(await env.send(c, A, input, 'first-request-01')).toEqual({ ok: true, data: mine })
  })

  test('should take effect once for 20 concurrent sends of one request', async () => {
    const env = await setup()
    await resident(env, A, '13900000001')
    const input = await c.input(env)
    const once = setupCloud()
    await resident(once, A, '13900000001')
    await once.ok(CLERK, 'user', 'bindRole', { inviteCode: 'YJ-CLERK-2026' })
    await once.ok(STAFF, 'user', 'bindRole', { inviteCode: 'JC-STAFF-2026' })
    await once.call(A, c.fn, c.action, { ...input, requestId: 'first-request-01' })

    const answers = await Promise.all(
      Array.from({ length: 20 }, () => env.send(c, A, input, 'first-request-01')),
    )

    expect(answers[0].ok).toBe(true)
    for (const answer of answers) expect(answer).toEqual(answers[0])
    expect(await c.effect(env)).toEqual(await c.effect(once))
  })
})

test('should keep no openid or requestId in clear in the records, and remove them on 注销', async () => {
  const env = await setup()
  await resident(env, A, '13900000001')
  for (const c of CASES) await env.must(env.send(c, A, await c.input(env), `kept-request-${c.name}`))
  const records = JSON.stringify(await env.db.query('requests'))
  const mine = () => env.db.query('requests', { caller: callerKey(A) })
  const held = (await mine()).length

  await env.ok(A, 'user', 'deleteAccount', {})

  expect(held).toBe(4)
  expect(records).not.toContain(A)
  expect(records).not.toContain('kept-request')
  expect(await mine()).toEqual([])
})

test('should forget a request after 7 days: a repeat runs again and the old record is pruned', async () => {
  const env = await setup()
  await resident(env, A, '13900000001')
  const report = CASES.find((c) => c.name === 'report')!
  const input = await report.input(env)
  const first = await env.must(env.send(report, A, input, 'old-request-01'))
  env.clock.now += REQUEST_TTL_MS - 1
  const within = await env.must(env.send(report, A, input, 'old-request-01'))
  await env.must(env.send(report, A, input, 'other-request-01'))
  const records = (await env.db.query('requests')).length
  env.clock.now += 1

  const later = await env.must(env.send(report, A, input, 'old-request-01'))
  env.clock.now += REQUEST_TTL_MS - 1
  await env.must(env.send(report, A, input, 'new-request-01'))

  expect(within).toEqual(first)
  expect(later.ticketNo).not.toBe(first.ticketNo)
  expect(records).toBe(2)
  // the first record was replaced by the later run, the other one (written just before) pruned
  expect((await env.db.query('requests')).map((r) => r.at)).toEqual([START + REQUEST_TTL_MS, env.clock.now])
})

test('should make booking and redemption codes from the cloud’s random source', async () => {
  let fill = 7
  const env = setupCloud({ random: (size) => new Uint8Array(size).fill(fill) })
  await resident(env, A, '13900000001')
  const { session, outward } = await concert(env)
  const book = (data: Record<string, unknown>) =>
    env.ok(A, 'events', data.sessionId ? 'book' : 'bookShuttle', data as never) as Promise<{ code: string }>

  const booking = await book({ sessionId: session.id, seats: 1, requestId: 'random-request-1' })
  const order = await env.ok(A, 'shop', 'redeem', {
    goodsId: 'goods-01',
    quantity: 1,
    requestId: 'random-request-2',
  })
  fill = 9
  const ride = await book({ departureId: outward.id, seats: 1, requestId: 'random-request-3' })

  // 7 in every byte is 0x07070707 = 117,901,063; 9 is 151,587,081
  expect(booking.code).toBe(String((117_901_063 % 90_000_000) + 10_000_000))
  expect(order.code).toBe(String(117_901_063 % 100_000_000))
  expect(ride.code).toBe(String((151_587_081 % 90_000_000) + 10_000_000))
})
