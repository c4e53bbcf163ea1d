import type { ActivityDoc } from '../../../db/schema'
import { paginate, type Keyset } from '../../../runtime/paginate'
import { parsesOf, setupCloud } from '../../../__tests__/harness'
import { HOUR } from './setup'

const DAY = 24 * HOUR
const OLD = '往期活动-不应读取'

const activity = (
  _id: string,
  startAt: number,
  hours: number,
  extra: Partial<ActivityDoc> = {},
): ActivityDoc => ({
  _id,
  title: '社区志愿服务',
  description: '',
  place: '社区广场',
  streetId: 'jincheng',
  communityId: 'jc-xinhua',
  startAt,
  endAt: startAt + hours * HOUR,
  quota: 10,
  points: 5,
  cancelDeadline: startAt - 2 * HOUR,
  signedUp: 0,
  cancelled: false,
  createdBy: 'someone',
  createdAt: startAt - 7 * DAY,
  ...extra,
})

type Query = { street?: string; status?: 'open' | 'ongoing' | 'ended'; limit?: number; cursor?: string }

async function setupList(activities: (now: number) => ActivityDoc[]) {
  const env = setupCloud()
  await env.ready()
  const docs = activities(env.clock.now)
  await env.db.transaction(async (tx) => {
    for (const doc of docs) await tx.insert('activities', doc)
  })
  const list = (query: Query) => env.ok('res', 'volunteer', 'list', query)
  /** Every page of a query, its activity ids in order. */
  const walk = async (query: Query) => {
    const seen: string[] = []
    let cursor: string | null = null
    do {
      const page: Awaited<ReturnType<typeof list>> = await list({ ...query, ...(cursor ? { cursor } : {}) })
      seen.push(...page.items.map((a) => a.id))
      cursor = page.nextCursor
    } while (cursor)
    return seen
  }
  /** The page all activities, filtered and sorted, give at the current time. */
  const reference = async (query: Query) => {
    const now = env.clock.now
    const streets = new Map((await env.db.query('streets')).map((s) => [s._id, s.name]))
    const rows = (await env.db.query('activities'))
      .filter((a) => !a.cancelled)
      .map((a) => ({
        id: a._id,
        startAt: a.startAt,
        street: streets.get(a.streetId),
        status: now < a.startAt ? 'open' : now < a.endAt ? 'ongoing' : 'ended',
      }))
      .filter(
        (a) =>
          (query.street === undefined || a.street === query.street) &&
          (query.status === undefined || a.status === query.status),
      )
    const rank = { ongoing: 0, open: 1, ended: 2 } as Record<string, number>
    const keyset: Keyset<(typeof rows)[number]> = {
      key: (a) => [rank[a.status], a.status === 'ended' ? -a.startAt : a.startAt, a.id],
      order: ['asc', 'asc', 'asc'],
    }
    const page = paginate(rows, keyset, { limit: query.limit, cursor: query.cursor })
    return { items: page.items.map((a) => a.id), nextCursor: page.nextCursor }
  }
  return { ...env, list, walk, reference }
}

test('should list activities without reading ones that ended long ago', async () => {
  const { list, reference } = await setupList((now) => [
    ...Array.from({ length: 12 }, (_, i) =>
      activity(`act-recent-${i}`, now - (i + 2) * DAY, 2, i % 2 ? { streetId: 'jiyang' } : {}),
    ),
    ...Array.from({ length: 200 }, (_, i) =>
      activity(`act-old-${i}`, now - (30 + i) * DAY, 3, {
        title: OLD,
        ...(i % 2 ? { streetId: 'jiyang' } : {}),
      }),
    ),
  ])

  let first: string[] = []
  const parsed = await parsesOf(OLD, async () => {
    first = (await list({ limit: 5 })).items.map((a) => a.id)
    await list({ status: 'ended', limit: 5 })
    await list({ street: '济阳街道', status: 'ended', limit: 5 })
    await list({ street: '金城街道', limit: 3 })
    await list({ status: 'open' })
  })
  expect(parsed).toBe(0)
  expect(first).toEqual((await reference({ limit: 5 })).items)
  const deep = await parsesOf(OLD, () => list({ status: 'ended', limit: 30 }))
  expect(deep).toBeGreaterThan(0)
  expect(deep).toBeLessThan(40)
})

test('should page activities across ongoing, open and ended ones, each once, in the full order', async () => {
  const { walk, reference } = await setupList((now) =>
    Array.from({ length: 80 }, (_, i) => {
      // ongoing, open, just ended (started within a day) and long ended, with tied starts
      const startAt = [now - HOUR, now + (i % 3) * DAY, now - 5 * HOUR, now - (2 + (i % 3)) * DAY][i % 4]
      return activity(`act-${String((i * 37) % 80).padStart(2, '0')}`, startAt, i % 4 === 2 ? 3 : 2, {
        ...(i % 3 === 1 ? { streetId: 'jiyang' } : {}),
        ...(i % 11 === 5 ? { cancelled: true } : {}),
      })
    }),
  )
  const filters: Query[] = [
    {},
    { status: 'ended' },
    { status: 'open' },
    { status: 'ongoing' },
    { street: '金城街道' },
    { street: '济阳街道', status: 'ended' },
    { street: '没有这个街道' },
  ]
  for (const filter of filters) {
    const all = (await reference({ ...filter, limit: 1000 })).items
    for (const limit of [1, 2, 3, 7]) {
      expect(await walk({ ...filter, limit })).toEqual(all)
    }
  }
  expect(await walk({ limit: 50 })).toEqual(expect.arrayContaining(['act-00', 'act-79']))
})

test('should go on from a cursor given before activities started or ended as a full read would', async () => {
  const { clock, list, reference } = await setupList((now) =>
    Array.from({ length: 30 }, (_, i) => activity(`act-${i}`, now + ((i % 10) - 3) * HOUR, 2)),
  )
  const start = clock.now
  for (const filter of [{}, { status: 'ended' as const }, { status: 'open' as const }]) {
    clock.now = start
    let cursor: string | null = null
    for (let step = 0; step < 40; step += 1) {
      const query = { ...filter, limit: 3, ...(cursor ? { cursor } : {}) }
      const page = await list(query)
      expect({ items: page.items.map((a) => a.id), nextCursor: page.nextCursor }).toEqual(
        await reference(query),
      )
      if (!page.nextCursor) break
      cursor = page.nextCursor
      clock.now += 50 * 60_000
    }
  }
})
