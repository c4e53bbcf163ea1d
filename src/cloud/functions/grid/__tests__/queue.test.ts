import type { TicketStatus } from '../../../../contract/grid'
import type { TicketDoc } from '../../../db/schema'
import { paginate, type Keyset } from '../../../runtime/paginate'
import { parsesOf, setupCloud } from '../../../__tests__/harness'

const HOUR = 3_600_000
const DAY = 24 * HOUR
const COMMUNITY = 'jc-xinhua'
const OLD = '往年工单-不应读取'
const OPEN: TicketStatus[] = ['submitted', 'accepted', 'dispatched', 'reopened']

const ticket = (
  _id: string,
  status: TicketStatus,
  createdAt: number,
  dueAt: number,
  description = '楼道灯不亮',
): TicketDoc => ({
  _id,
  reporterId: null,
  anonymous: true,
  category: 'sanitation',
  communityId: COMMUNITY,
  day: '2026-07-20',
  description,
  address: '新华社区 3 号楼',
  photoCount: 0,
  status,
  createdAt,
  dueAt,
  timeline: [{ at: createdAt, status: 'submitted', note: '已提交', actor: 'reporter' }],
  ratings: [],
})

async function setupQueue(tickets: (now: number) => TicketDoc[]) {
  const env = setupCloud()
  await env.ok('staff', 'user', 'bindRole', { inviteCode: 'JC-STAFF-2026' })
  const docs = tickets(env.clock.now)
  await env.db.transaction(async (tx) => {
    for (const doc of docs) await tx.insert('tickets', doc)
  })
  type Query = { status?: TicketStatus; overdue?: boolean; limit?: number; cursor?: string }
  const queue = (query: Query) => env.ok('staff', 'grid', 'queue', query)
  /** Every page of a query, its ticket numbers in order. */
  const walk = async (query: Query) => {
    const seen: string[] = []
    let cursor: string | null = null
    do {
      const page: Awaited<ReturnType<typeof queue>> = await queue({ ...query, ...(cursor ? { cursor } : {}) })
      seen.push(...page.items.map((t) => t.ticketNo))
      cursor = page.nextCursor
    } while (cursor)
    return seen
  }
  /** The page the whole community's tickets, filtered and sorted, give at the current time. */
  const reference = async (query: Query) => {
    const at = env.clock.now
    const overdue = (t: TicketDoc) => OPEN.includes(t.status) && at > t.dueAt
    const rank = (t: TicketDoc) => (overdue(t) ? 0 : t.status === 'closed' || t.status === 'rejected' ? 2 : 1)
    const keyset: Keyset<TicketDoc> = {
      key: (t) => [rank(t), rank(t) === 2 ? -t.createdAt : t.dueAt, t._id],
      order: ['asc', 'asc', 'asc'],
    }
    const all = (await env.db.query('tickets')).filter(
      (t) =>
        t.communityId === COMMUNITY &&
        (query.status === undefined || t.status === query.status) &&
        (query.overdue === undefined || overdue(t) === query.overdue),
    )
    const page = paginate(all, keyset, { limit: query.limit, cursor: query.cursor })
    return { items: page.items.map((t) => t._id), nextCursor: page.nextCursor }
  }
  return { ...env, queue, walk, reference }
}

test('should show the queue without reading old finished tickets', async () => {
  const { queue } = await setupQueue((now) => [
    ticket('T-open-1', 'submitted', now - 5 * DAY, now - 2 * DAY),
    ticket('T-open-2', 'accepted', now - DAY, now + DAY),
    ticket('T-open-3', 'resolved', now - 3 * DAY, now - DAY),
    ...Array.from({ length: 16 }, (_, i) =>
      ticket(`T-recent-${i}`, i % 2 ? 'closed' : 'rejected', now - (i + 2) * DAY, now - i * DAY),
    ),
    ...Array.from({ length: 300 }, (_, i) =>
      ticket(`T-old-${i}`, i % 3 ? 'closed' : 'rejected', now - (60 + i) * DAY, now - (57 + i) * DAY, OLD),
    ),
  ])

  let first: string[] = []
  const parsed = await parsesOf(OLD, async () => {
    first = (await queue({ limit: 5 })).items.map((t) => t.ticketNo)
    await queue({ status: 'closed', limit: 5 })
    await queue({ overdue: false, limit: 6 })
    await queue({ overdue: true })
  })
  expect(parsed).toBe(0)
  expect(first).toEqual(['T-open-1', 'T-open-3', 'T-open-2', 'T-recent-0', 'T-recent-1'])
  const deep = await parsesOf(OLD, () => queue({ status: 'closed', limit: 20 }))
  expect(deep).toBeGreaterThan(0)
  expect(deep).toBeLessThan(30)
})

test('should page the queue across overdue, open and finished tickets, each once, in the full order', async () => {
  const statuses: TicketStatus[] = [...OPEN, 'resolved', 'closed', 'rejected']
  const { walk, reference } = await setupQueue((now) =>
    Array.from({ length: 70 }, (_, i) =>
      // few distinct times, so ties on createdAt and on dueAt fall across page boundaries
      ticket(
        `T-${String((i * 17) % 70).padStart(2, '0')}`,
        statuses[i % statuses.length],
        now - (i % 3) * DAY,
        now + ((i % 5) - 2) * DAY,
      ),
    ),
  )
  const filters = [
    {},
    { overdue: true },
    { overdue: false },
    { status: 'closed' as const },
    { status: 'submitted' as const },
    { status: 'resolved' as const, overdue: false },
  ]
  for (const filter of filters) {
    const all = (await reference({ ...filter, limit: 1000 })).items
    expect(all.length).toBeGreaterThan(0)
    for (const limit of [1, 2, 3, 7]) {
      expect(await walk({ ...filter, limit })).toEqual(all)
    }
  }
  expect(await walk({ limit: 50 })).toHaveLength(70)
})

test('should go on from a cursor given before some tickets fell overdue as a full read would', async () => {
  const { clock, queue, reference } = await setupQueue((now) =>
    Array.from({ length: 30 }, (_, i) =>
      ticket(
        `T-${String(i).padStart(2, '0')}`,
        i % 5 === 4 ? 'closed' : i % 5 === 3 ? 'resolved' : 'submitted',
        now - (i % 3) * HOUR,
        now + (i % 6) * HOUR,
      ),
    ),
  )
  const start = clock.now
  for (const filter of [{}, { overdue: true }, { overdue: false }]) {
    clock.now = start
    let cursor: string | null = null
    for (let step = 0; step < 12; step += 1) {
      const query = { ...filter, limit: 3, ...(cursor ? { cursor } : {}) }
      const page = await queue(query)
      expect({ items: page.items.map((t) => t.ticketNo), nextCursor: page.nextCursor }).toEqual(
        await reference(query),
      )
      if (!page.nextCursor) break
      cursor = page.nextCursor
      clock.now += 50 * 60_000
    }
  }
})
