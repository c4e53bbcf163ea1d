import { DAY, HOUR, setupGigs } from './setup'

test('should sort recruiting jobs by straight-line distance from the caller’s home community', async () => {
  const env = await setupGigs()
  const start = env.clock.now + 2 * DAY
  const far = await env.open({
    communityId: 'wy-liucun',
    startAt: start,
    endAt: start + HOUR,
    deadline: start - HOUR,
  })
  const near = await env.open({
    communityId: 'jc-xinhua',
    startAt: start + HOUR,
    endAt: start + 2 * HOUR,
    deadline: start - HOUR,
  })
  const mid = await env.open({
    communityId: 'jy-longxing',
    startAt: start,
    endAt: start + HOUR,
    deadline: start - HOUR,
  })

  const { items } = await env.ok('res-a', 'gigs', 'list', { limit: 50 })

  const km = items.map((j) => j.distanceKm!)
  expect(km).toEqual([...km].sort((a, b) => a - b))
  const ours = items.filter((j) => [far.id, near.id, mid.id].includes(j.id))
  expect(ours.map((j) => [j.id, j.distanceKm])).toEqual([
    [near.id, 0],
    [mid.id, 2.2],
    [far.id, expect.any(Number)],
  ])
  expect(ours[2].distanceKm).toBeGreaterThan(10)
  // from 龙行社区 the order changes
  const fromFar = (await env.ok('res-far', 'gigs', 'list', { limit: 50 })).items.filter((j) =>
    [near.id, mid.id].includes(j.id),
  )
  expect(fromFar.map((j) => j.id)).toEqual([mid.id, near.id])
})

test('should sort by start, and without a home community show no distance', async () => {
  const env = await setupGigs()
  await env.ok('res-nohome', 'user', 'updateProfile', { name: '周平', phone: '13900009999' })
  await env.open({ communityId: 'wy-liucun' })

  for (const who of ['res-a', 'res-nohome', 'visitor']) {
    const { items } = await env.ok(who, 'gigs', 'list', {
      sort: who === 'res-a' ? 'start' : undefined,
      limit: 50,
    })
    const starts = items.map((j) => j.startAt)
    expect(starts).toEqual([...starts].sort((a, b) => a - b))
    if (who !== 'res-a') expect(items.every((j) => j.distanceKm === undefined)).toBe(true)
  }
})

test('should filter by trade and by China-time date, and page with keyset cursors', async () => {
  const env = await setupGigs()
  // START is 09:30 China time; a job at 23:30 China time tomorrow and one at 00:30 the day after
  const tomorrowLate = env.clock.now + DAY + 14 * HOUR
  const late = await env.open({
    trade: 'cleaning',
    startAt: tomorrowLate,
    endAt: tomorrowLate + HOUR,
    deadline: tomorrowLate - HOUR,
  })
  const early = await env.open({
    trade: 'cleaning',
    startAt: tomorrowLate + HOUR,
    endAt: tomorrowLate + 2 * HOUR,
    deadline: tomorrowLate - HOUR,
  })

  const day = (await env.ok('res-a', 'gigs', 'list', { date: '2026-07-21', limit: 50 })).items.map(
    (j) => j.id,
  )
  const next = (await env.ok('res-a', 'gigs', 'list', { date: '2026-07-22', limit: 50 })).items.map(
    (j) => j.id,
  )
  const cleaning = (await env.ok('res-a', 'gigs', 'list', { trade: 'cleaning', limit: 50 })).items

  expect(day).toContain(late.id)
  expect(day).not.toContain(early.id)
  expect(next).toContain(early.id)
  expect(cleaning.every((j) => j.trade === 'cleaning')).toBe(true)
  expect(cleaning.map((j) => j.id)).toEqual(expect.arrayContaining([late.id, early.id, 'job-seed-cleaning']))
  expect(await env.code('res-a', 'list', { date: '2026-7-21' })).toBe('INVALID_ARGUMENT')

  const all = (await env.ok('res-a', 'gigs', 'list', { limit: 50 })).items.map((j) => j.id)
  const paged: string[] = []
  let cursor: string | undefined
  do {
    const page = await env.ok('res-a', 'gigs', 'list', { limit: 2, cursor })
    paged.push(...page.items.map((j) => j.id))
    cursor = page.nextCursor ?? undefined
  } while (cursor)
  expect(paged).toEqual(all)
})

test('should mark pay below the trade’s guide price (same unit; hour against day at 8 hours; never against a piece rate)', async () => {
  const env = await setupGigs()
  const trades = await env.ok('res-a', 'gigs', 'trades')
  expect(trades.map((t) => t.name)).toEqual([
    '维修',
    '疏通',
    '家电',
    '保洁',
    '配送',
    '保姆月嫂',
    '搬家',
    '其他',
  ])
  expect(trades.find((t) => t.id === 'repair')?.guidePrice).toEqual({ amount: 60, unit: 'hour' })
  const below = async (trade: string, amount: number, unit: string) =>
    (await env.post({ trade: trade as never, pay: { amount, unit: unit as never } })).belowGuide

  expect(await below('repair', 59.5, 'hour')).toBe(true)
  expect(await below('repair', 60, 'hour')).toBe(false)
  expect(await below('repair', 400, 'day')).toBe(true) // 50 an hour
  expect(await below('repair', 480, 'day')).toBe(false) // 60 an hour
  expect(await below('housekeeping', 25, 'hour')).toBe(true) // 220 a day is 27.5 an hour
  expect(await below('repair', 1, 'piece')).toBe(false)
  expect(await below('drain', 1, 'hour')).toBe(false)
  expect(await below('drain', 79, 'piece')).toBe(true)
})

test('should check a post’s fields and times', async () => {
  const env = await setupGigs()
  const now = env.clock.now
  let n = 0
  const bad = async (extra: Record<string, unknown>) => {
    const result = await env.call('boss', 'gigs', 'post', {
      trade: 'repair',
      title: '更换水龙头',
      description: '卫生间水龙头漏水需要更换',
      communityId: 'jc-xinhua',
      address: '新华苑',
      startAt: now + DAY,
      endAt: now + DAY + HOUR,
      pay: { amount: 60, unit: 'hour' },
      headcount: 1,
      deadline: now + HOUR,
      requestId: `bad-post-${(n += 1)}`,
      ...extra,
    })
    return result.ok ? 'OK' : result.error.code
  }
  expect(await bad({})).toBe('OK')
  expect(await bad({ title: '修' })).toBe('INVALID_ARGUMENT')
  expect(await bad({ description: '太短' })).toBe('INVALID_ARGUMENT')
  expect(await bad({ trade: 'plumbing' })).toBe('INVALID_ARGUMENT')
  expect(await bad({ startAt: now - 1, deadline: now - 2 })).toBe('INVALID_ARGUMENT')
  expect(await bad({ endAt: now + DAY })).toBe('INVALID_ARGUMENT')
  expect(await bad({ deadline: now + DAY + 1 })).toBe('INVALID_ARGUMENT')
  expect(await bad({ pay: { amount: 0, unit: 'hour' } })).toBe('INVALID_ARGUMENT')
  expect(await bad({ pay: { amount: 60, unit: 'month' } })).toBe('INVALID_ARGUMENT')
  expect(await bad({ headcount: 51 })).toBe('INVALID_ARGUMENT')
  expect(await bad({ communityId: 'nowhere' })).toBe('NOT_FOUND')
  expect(await env.code('res-a', 'post', { title: 'x' })).toBe('INVALID_ARGUMENT')
})

test('should post once per requestId', async () => {
  const env = await setupGigs()
  const first = await env.post({ requestId: 'same-request-1' })
  const again = await env.post({ requestId: 'same-request-1' })
  expect(again.id).toBe(first.id)
  expect(
    (await env.ok('boss', 'gigs', 'myJobs', { limit: 50 })).items.filter((j) => j.id === first.id),
  ).toHaveLength(1)
  expect(await env.code('res-a', 'post', {})).toBe('INVALID_ARGUMENT')
})

test('should keep a job-seeker card with trades from the list', async () => {
  const env = await setupGigs()
  expect(await env.ok('res-a', 'gigs', 'myCard')).toBeNull()
  expect(await env.code('res-a', 'card', { trades: ['cooking'], times: '周末' })).toBe('INVALID_ARGUMENT')
  expect(await env.code('res-a', 'card', { trades: ['repair', 'repair'], times: '周末' })).toBe(
    'INVALID_ARGUMENT',
  )
  expect(await env.code('res-a', 'card', { trades: ['repair'], times: '周'.repeat(101) })).toBe(
    'INVALID_ARGUMENT',
  )
  expect(await env.code('res-a', 'card', { trades: ['repair'], times: '周末', note: '字'.repeat(201) })).toBe(
    'INVALID_ARGUMENT',
  )
  expect(await env.code('nobody', 'card', { trades: ['repair'], times: '周末' })).toBe('PROFILE_REQUIRED')

  await env.ok('res-a', 'gigs', 'card', {
    trades: ['repair', 'moving'],
    times: '工作日晚上、周末',
    note: '有电工证',
  })

  expect(await env.ok('res-a', 'gigs', 'myCard')).toMatchObject({
    trades: ['repair', 'moving'],
    times: '工作日晚上、周末',
    note: '有电工证',
  })
  const job = await env.open()
  await env.ok('res-a', 'gigs', 'apply', { jobId: job.id })
  const [row] = await env.ok('boss', 'gigs', 'applicants', { jobId: job.id })
  expect(row.card).toMatchObject({ trades: ['repair', 'moving'], note: '有电工证' })
})
