import { paginate, type Keyset } from '../runtime/paginate'
import { setupCloud } from './harness'
import { HOUR, riverCleanup } from '../functions/volunteer/__tests__/setup'

type Row = { id: string; at: number }
const byTime: Keyset<Row> = { key: (r) => [r.at, r.id], order: ['desc', 'asc'] }

function follow(rows: Row[], change: (rows: Row[], shown: Row[]) => Row[]) {
  const seen: string[] = []
  let list = rows
  let cursor: string | undefined
  for (;;) {
    const page = paginate(list, byTime, { cursor, limit: 3 })
    seen.push(...page.items.map((r) => r.id))
    list = change(list, page.items)
    if (!page.nextCursor) return { seen, list }
    cursor = page.nextCursor
  }
}

test('should go on past a cursor whose item was deleted, without skipping or repeating the rest', () => {
  const rows = Array.from({ length: 10 }, (_, i) => ({ id: `r-${i}`, at: 1000 - (i % 4) * 10 }))
  const { seen, list } = follow(rows, (all, shown) => all.filter((r) => r !== shown[shown.length - 1]))
  expect(new Set(seen).size).toBe(seen.length)
  expect(seen.sort()).toEqual(rows.map((r) => r.id).sort())
  expect(list).toHaveLength(rows.length - 4)
})

test('should refuse a cursor the list did not give', () => {
  const rows = [{ id: 'a', at: 1 }]
  for (const cursor of ['a', '[1]', '["x","a"]', '{}', '[1,"a",2]']) {
    expect(() => paginate(rows, byTime, { cursor })).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    )
  }
})

async function setupQueue(tickets: number) {
  const env = setupCloud()
  await env.ok('res', 'user', 'updateProfile', {
    name: '王秀兰',
    phone: '13912345678',
    communityId: 'jc-xinhua',
  })
  await env.ok('staff', 'user', 'bindRole', { inviteCode: 'JC-STAFF-2026' })
  const numbers: string[] = []
  for (let i = 0; i < tickets; i += 1) {
    env.clock.now += 60_000
    const ticket = await env.ok('res', 'grid', 'report', {
      category: 'sanitation',
      description: `楼下垃圾桶满了第${'一二三四五六七八九十'[i]}处`,
      address: '新华社区 3 号楼东侧',
      requestId: `paging-request-${i}`,
    })
    numbers.push(ticket.ticketNo)
  }
  return { ...env, numbers }
}

test('should let staff load more of a filtered queue after handling the last ticket shown', async () => {
  const { ok, numbers } = await setupQueue(5)
  const first = await ok('staff', 'grid', 'queue', { status: 'submitted', limit: 2 })
  expect(first.items).toHaveLength(2)
  await ok('staff', 'grid', 'advance', { ticketNo: first.items[1].ticketNo, to: 'accepted', note: '已受理' })
  const shown = first.items.map((t) => t.ticketNo)
  let cursor = first.nextCursor
  while (cursor) {
    const page = await ok('staff', 'grid', 'queue', { status: 'submitted', limit: 2, cursor })
    shown.push(...page.items.map((t) => t.ticketNo))
    cursor = page.nextCursor
  }
  expect(shown.sort()).toEqual([...numbers].sort())
})

test('should let a resident load more activities by status after the last one shown was cancelled', async () => {
  const env = setupCloud()
  await env.ok('staff', 'user', 'bindRole', { inviteCode: 'JC-STAFF-2026' })
  const created: string[] = []
  for (let i = 0; i < 5; i += 1) {
    const activity = await env.ok(
      'staff',
      'volunteer',
      'create',
      riverCleanup(env.clock.now + (10 + i) * HOUR),
    )
    created.push(activity.id)
  }
  const mine = await env.ok('staff', 'volunteer', 'list', { mine: true, limit: 50 })
  const open = (cursor?: string | null) =>
    env.ok('res', 'volunteer', 'list', { status: 'open', limit: 2, ...(cursor ? { cursor } : {}) })
  const first = await open()
  await env.ok('staff', 'volunteer', 'cancelActivity', { activityId: first.items[1].id })
  const seen = first.items.map((a) => a.id)
  let cursor = first.nextCursor
  while (cursor) {
    const page = await open(cursor)
    seen.push(...page.items.map((a) => a.id))
    cursor = page.nextCursor
  }
  expect(new Set(seen).size).toBe(seen.length)
  expect(seen).toEqual(expect.arrayContaining(created))
  expect(mine.items.map((a) => a.id)).toEqual(expect.arrayContaining(created))
})
