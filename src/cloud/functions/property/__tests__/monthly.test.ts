import { PROPERTY_RULES } from '../../../../contract/property'
import { computeMonthly, gradeOf } from '../model'
import { all, at, code, items, setupProperty } from './setup'

const HOUR = 3_600_000

/** Reads what `computeMonthly` makes of the stored scores, records and tickets right now. */
const recompute = (env: Awaited<ReturnType<typeof setupProperty>>, companyId: string, month: string) =>
  env.db.transaction(async (tx) => computeMonthly(tx, (await tx.get('companies', companyId))!, month))

test('should refuse the month still running, for monthly, board and reply', async () => {
  const { call } = await setupProperty()
  expect(code(await call('anyone', 'property', 'monthly', { companyId: 'co-xinyi', month: '2026-07' }))).toBe(
    'WINDOW_CLOSED',
  )
  expect(code(await call('anyone', 'property', 'monthly', { companyId: 'co-xinyi', month: '2026-09' }))).toBe(
    'WINDOW_CLOSED',
  )
  expect(code(await call('anyone', 'property', 'board', { month: '2026-07' }))).toBe('WINDOW_CLOSED')
  expect(
    code(await call('wuye', 'property', 'reply', { month: '2026-07', text: '我们会认真整改每一项问题。' })),
  ).toBe('WINDOW_CLOSED')
  expect(code(await call('anyone', 'property', 'monthly', { companyId: 'co-xinyi', month: '2026-7' }))).toBe(
    'INVALID_ARGUMENT',
  )
  expect(code(await call('anyone', 'property', 'monthly', { companyId: 'co-xinyi', month: '2023-12' }))).toBe(
    'NOT_FOUND',
  )
})

test('should match a hand computation of a small month and stay reproducible from what is stored', async () => {
  const env = await setupProperty()
  const { score, ok, clock, db, resident } = env
  await resident('res-c', 'est-longxing', '周强')
  // July 2026 has no seeded scores: the district is these three.
  await score('res-a', 'co-xinyi', items(5, 5, 5, 5, 5))
  await score('res-b', 'co-xinyi', items(3, 4, 2, 4, 3))
  await score('res-c', 'co-longze', items(1, 2, 3, 4, 5))
  await ok('staff', 'property', 'record', {
    companyId: 'co-xinyi',
    kind: 'good',
    points: 3,
    reason: '及时修好路灯',
  })
  await ok('staff', 'property', 'record', {
    companyId: 'co-xinyi',
    kind: 'bad',
    points: 1,
    reason: '楼道杂物未清',
  })
  // one late 物业服务 report of 新华苑: due 72 h after filing, still open at July's end
  await ok('res-a', 'grid', 'report', {
    category: 'property',
    description: '单元门禁坏了一周没人修',
    address: '新华苑 3 号楼',
    requestId: 'request-late-1',
  })
  clock.now = at('2026-08-03T08:00:00')
  const july = await ok('anyone', 'property', 'monthly', { companyId: 'co-xinyi', month: '2026-07' })
  /*
   * District means C (all three scores): cleaning (5+3+1)/3 = 3, order (5+4+2)/3 = 11/3,
   * repair (5+2+3)/3 = 10/3, greening (5+4+4)/3 = 13/3, openness (5+3+5)/3 = 13/3.
   * co-xinyi, v = 2, item sums 8, 9, 7, 9, 8; shrunk = (sum + 10·C)/(2 + 10):
   *   cleaning (8 + 30)/12 = 114/36, order (9 + 110/3)/12 = 137/36, repair (7 + 100/3)/12 = 121/36,
   *   greening (9 + 130/3)/12 = 157/36, openness (8 + 130/3)/12 = 154/36
   * mean = 683/180 = 3.79444…; base = (3.79444… − 1)/4 · 100 = 69.861… → 69.9
   * score = 69.9 + 3 − 1 − 5·1 = 66.9; 2 scorers < 5 → grade null (样本不足)
   */
  expect(july).toMatchObject({
    companyId: 'co-xinyi',
    company: '任城信义物业服务有限公司',
    month: '2026-07',
    scorers: 2,
    items: { cleaning: 4, order: 4.5, repair: 3.5, greening: 4.5, openness: 4 },
    district: { cleaning: 3, order: 3.67, repair: 3.33, greening: 4.33, openness: 4.33 },
    base: 69.9,
    good: 3,
    bad: 1,
    lateTickets: 1,
    score: 66.9,
    grade: null,
  })
  /*
   * co-longze, v = 1, item sums 1, 2, 3, 4, 5; shrunk = (sum + 10·C)/11:
   *   31/11 = 93/33, (2 + 110/3)/11 = 116/33, (3 + 100/3)/11 = 109/33, (4 + 130/3)/11 = 142/33,
   *   (5 + 130/3)/11 = 145/33; mean = 605/165 = 3.6667; base = 66.67 → 66.7; no records, no late
   */
  const longze = await ok('anyone', 'property', 'monthly', { companyId: 'co-longze', month: '2026-07' })
  expect(longze).toMatchObject({ scorers: 1, base: 66.7, score: 66.7, lateTickets: 0, grade: null })

  // stored on that first read, and equal to a recomputation from the stored scores, records and tickets
  const stored = await db.get('propertyMonthlies', 'co-xinyi:2026-07')
  expect(stored).toMatchObject({ score: 66.9, computedAt: clock.now })
  const { company: _c, reply: _r, ...numbers } = july
  expect(await recompute(env, 'co-xinyi', '2026-07')).toEqual(numbers)
  // later events change neither: the report is resolved in August, a scorer 注销s, August scores come in
  clock.now = at('2026-08-20T08:00:00')
  await ok('res-a', 'user', 'deleteAccount', {})
  await score('res-b', 'co-xinyi', all(1))
  expect(await recompute(env, 'co-xinyi', '2026-07')).toEqual(numbers)
  expect(await ok('anyone', 'property', 'monthly', { companyId: 'co-xinyi', month: '2026-07' })).toEqual(july)
})

test('should grade by the bands once 5 residents have scored, and show 样本不足 below that', async () => {
  const { score, ok, clock, resident } = await setupProperty()
  for (const n of [1, 2, 3]) await resident(`res-${n}`)
  for (const who of ['res-a', 'res-b', 'res-1', 'res-2']) await score(who, 'co-xinyi', all(5))
  clock.now = at('2026-08-01T00:00:00')
  const four = await ok('anyone', 'property', 'monthly', { companyId: 'co-xinyi', month: '2026-07' })
  // district = these four: C = 5 for every item, so base 100 whatever v
  expect(four).toMatchObject({ scorers: 4, base: 100, score: 100, grade: null })
  clock.now = at('2026-08-02T09:00:00')
  for (const who of ['res-a', 'res-b', 'res-1', 'res-2', 'res-3']) await score(who, 'co-xinyi', all(5))
  await ok('staff', 'property', 'record', {
    companyId: 'co-xinyi',
    kind: 'bad',
    points: 10,
    reason: '消防通道堆放杂物',
  })
  await ok('staff', 'property', 'record', {
    companyId: 'co-xinyi',
    kind: 'bad',
    points: 10,
    reason: '电梯困人未及时处置',
  })
  clock.now = at('2026-09-01T00:00:00')
  const five = await ok('anyone', 'property', 'monthly', { companyId: 'co-xinyi', month: '2026-08' })
  expect(five).toMatchObject({ scorers: 5, base: 100, bad: 20, score: 80, grade: 'AA' })
})

test('should grade at the band edges, and below 60 by whether there were bad records or late reports', () => {
  expect(gradeOf(85, 5, 0, 0)).toBe('AAA')
  expect(gradeOf(84.9, 5, 0, 0)).toBe('AA')
  expect(gradeOf(80, 5, 0, 0)).toBe('AA')
  expect(gradeOf(79.9, 5, 0, 0)).toBe('A')
  expect(gradeOf(70, 5, 0, 0)).toBe('A')
  expect(gradeOf(60, 5, 3, 1)).toBe('B')
  expect(gradeOf(59.9, 5, 0, 0)).toBe('B')
  expect(gradeOf(59.9, 5, 1, 0)).toBe('C')
  expect(gradeOf(59.9, 5, 0, 1)).toBe('C')
  expect(gradeOf(100, 4, 0, 0)).toBeNull()
})

test('should keep 3 extreme votes against a company with few votes within the bound m = 10 gives', async () => {
  const env = await setupProperty()
  const { score, resident } = env
  // the district: 20 residents of 新华苑 score co-xinyi 4 on every item; 4 of 龙行家园 score co-longze 3
  for (let i = 0; i < 20; i++) await score(await resident(`xh-${i}`), 'co-xinyi', all(4))
  for (let i = 0; i < 4; i++)
    await score(await resident(`lx-${i}`, 'est-longxing', '赵明'), 'co-longze', all(3))
  const before = await recompute(env, 'co-longze', '2026-07')
  const v = 4
  const k = 3
  const N = 24
  const m = PROPERTY_RULES.m
  /*
   * Per item, k votes x (|x − S| ≤ 4) move the shrunk mean S = (v·R + m·C)/(v+m) to
   * S' = ((v+m)·S + k·x + m·(C' − C))/(v+k+m), and the district mean by |C' − C| ≤ 4k/(N+k); so
   * |S' − S| ≤ (4k + m·4k/(N+k))/(v+k+m), and base (25 points per step of the mean) moves at most
   * 25 times that: here 25·(12 + 10·12/27)/17 = 24.18 points.
   */
  const bound = (25 * (4 * k + (m * 4 * k) / (N + k))) / (v + k + m)
  expect(bound).toBeCloseTo(24.18, 2)
  // what the raw mean of the company alone would move: from 3 to (4·3 + 3·x)/7
  const rawMove = (x: number) => 25 * Math.abs((v * 3 + k * x) / (v + k) - 3)

  for (const [x, prefix] of [
    [1, 'angry'],
    [5, 'bribed'],
  ] as const) {
    const voters = []
    for (let i = 0; i < k; i++) voters.push(await resident(`${prefix}-${i}`, 'est-longxing', '钱伟'))
    for (const who of voters) await score(who, 'co-longze', all(x))
    const after = await recompute(env, 'co-longze', '2026-07')
    const moved = Math.abs(after.base - before.base)
    expect(moved).toBeGreaterThan(0)
    expect(moved).toBeLessThanOrEqual(bound)
    // the shrinkage is what holds it back: the company's raw mean alone would move further
    expect(moved).toBeLessThan(rawMove(x))
    // take the votes back (each voter re-scores 3, the company's mean) for the other direction
    for (const who of voters) await score(who, 'co-longze', all(3))
  }
})

test("should deduct 5 for each late 物业服务 report of the company's 小区, counted from the grid", async () => {
  const { ok, clock } = await setupProperty()
  let n = 0
  const report = async (category = 'property', who = 'res-a', extra: Record<string, unknown> = {}) =>
    (
      await ok(who, 'grid', 'report', {
        category,
        description: '物业服务问题，请尽快处理',
        address: '新华苑 5 号楼',
        requestId: `request-${++n}-late`,
        ...extra,
      })
    ).ticketNo
  const advance = (ticketNo: string, to: 'accepted' | 'resolved', who = 'staff') =>
    ok(who, 'grid', 'advance', { ticketNo, to, note: '已处理' })
  // 20 July 09:30: every 物业服务 report is due 72 h later, on 23 July
  const resolvedLate = await report()
  const openAtEnd = await report()
  const onTime = await report()
  const otherCategory = await report('sanitation')
  await report('property', 'res-a', { communityId: 'jc-guanghe' })
  const farEstate = await report('property', 'res-far')
  clock.now += 24 * HOUR
  await advance(onTime, 'accepted')
  await advance(onTime, 'resolved')
  clock.now = at('2026-07-25T10:00:00')
  // resolved late too, but not 物业服务 reports of co-xinyi's 小区 (the report to 洸河社区 names no
  // 小区 — the reporter's lies in 新华社区 — and stays open, late, all month)
  for (const [t, who] of [
    [resolvedLate, 'staff'],
    [otherCategory, 'staff'],
    [farEstate, 'staff-far'],
  ]) {
    await advance(t, 'accepted', who)
    await advance(t, 'resolved', who)
  }
  // due in August: open at July's end, so not late in July
  clock.now = at('2026-07-30T10:00:00')
  const dueInAugust = await report()
  clock.now = at('2026-08-05T10:00:00')
  await advance(openAtEnd, 'accepted')
  await advance(openAtEnd, 'resolved')
  await advance(dueInAugust, 'accepted')
  await advance(dueInAugust, 'resolved')

  const july = await ok('anyone', 'property', 'monthly', { companyId: 'co-xinyi', month: '2026-07' })
  // no scores in the district in July: C = 3 everywhere, base 50
  expect(july).toMatchObject({ scorers: 0, base: 50, lateTickets: 2, score: 40, bad: 0 })
  expect(july.late.map((t) => [t.ticketNo, t.estate, t.resolvedAt])).toEqual([
    [resolvedLate, '新华苑', at('2026-07-25T10:00:00')],
    [openAtEnd, '新华苑', null],
  ])
  // the 龙行家园 report, resolved late too, counts against its own company
  const longze = await ok('anyone', 'property', 'monthly', { companyId: 'co-longze', month: '2026-07' })
  expect(longze.late.map((t) => [t.ticketNo, t.estate])).toEqual([[farEstate, '龙行家园']])
  // August: both resolved after their dueAt in August (CONTRACT.md counts a report still open at a
  // month's end in that month, and again in the month it is resolved late)
  clock.now = at('2026-09-01T00:00:00')
  const august = await ok('anyone', 'property', 'monthly', { companyId: 'co-xinyi', month: '2026-08' })
  expect(august.late.map((t) => t.ticketNo).sort()).toEqual([openAtEnd, dueInAugust].sort())
  expect(august.score).toBe(40)
  // the deduction stands apart from the bad records; no one scored, so no grade
  expect(august).toMatchObject({ bad: 0, lateTickets: 2, grade: null })
})

test("should publish the red and black lists of a 街道 and a company's history, oldest first", async () => {
  const { ok, call } = await setupProperty()
  // the seed: in May 2026 恒安物业 was black-listed and replied; in June 信义物业 was AAA
  const may = await ok('anyone', 'property', 'board', { streetId: 'jiyang', month: '2026-05' })
  expect(may.black.map((m) => m.companyId)).toEqual(['co-hengan'])
  expect(may.black[0]).toMatchObject({ grade: 'C', reply: { text: expect.stringContaining('整改') } })
  expect(may.black[0].bad).toBeGreaterThan(0)
  expect(may.black[0].records.every((r) => r.kind === 'bad')).toBe(true)
  expect(may.all.map((m) => m.companyId).sort()).toEqual(['co-hengan', 'co-longze'])
  const june = await ok('anyone', 'property', 'board', { month: '2026-06' })
  expect(june.red.map((m) => m.companyId)).toEqual(['co-xinyi'])
  expect(june.all.map((m) => m.score)).toEqual([...june.all.map((m) => m.score)].sort((a, b) => b - a))
  expect(june.all.every((m) => m.scorers >= 5 || m.grade === null)).toBe(true)
  expect(code(await call('anyone', 'property', 'board', { streetId: 'nowhere', month: '2026-06' }))).toBe(
    'NOT_FOUND',
  )

  const history = await ok('anyone', 'property', 'history', { companyId: 'co-hengan' })
  expect(history.map((m) => m.month)).toEqual([
    '2025-07',
    '2025-08',
    '2025-09',
    '2025-10',
    '2025-11',
    '2025-12',
    '2026-01',
    '2026-02',
    '2026-03',
    '2026-04',
    '2026-05',
    '2026-06',
  ])
  expect(
    (await ok('anyone', 'property', 'history', { companyId: 'co-hengan', months: 2 })).map((m) => m.grade),
  ).toEqual(['C', 'B'])
  expect(code(await call('anyone', 'property', 'history', { companyId: 'co-hengan', months: 25 }))).toBe(
    'INVALID_ARGUMENT',
  )
  const companies = await ok('anyone', 'property', 'companies', { streetId: 'jincheng' })
  expect(companies.map((c) => [c.id, c.last?.month, c.last?.grade])).toEqual([['co-xinyi', '2026-06', 'AAA']])
})

test("should take the 物业's reply to an ended month and show it on the month", async () => {
  const { ok, call } = await setupProperty()
  const text = '已增加保洁人员两名，每周三公示整改进度。'
  expect(code(await call('res-a', 'property', 'reply', { month: '2026-06', text }))).toBe('PERMISSION_DENIED')
  expect(code(await call('wuye', 'property', 'reply', { month: '2026-06', text: '马上整改' }))).toBe(
    'INVALID_ARGUMENT',
  )
  const replied = await ok('wuye', 'property', 'reply', { month: '2026-06', text })
  expect(replied).toMatchObject({ companyId: 'co-xinyi', month: '2026-06', reply: { text } })
  expect(
    await ok('anyone', 'property', 'monthly', { companyId: 'co-xinyi', month: '2026-06' }),
  ).toMatchObject({
    reply: { text },
  })
})

test("should file a grid report under the named 小区, or the reporter's own when it lies in that community", async () => {
  const { ok, call, db } = await setupProperty()
  const data = { category: 'property', description: '楼道灯坏了没人修', address: '3 号楼' }
  const own = await ok('res-a', 'grid', 'report', { ...data, requestId: 'request-est-1' })
  expect((await db.get('tickets', own.ticketNo))?.estateId).toBe('est-xinhuayuan')
  const named = await ok('res-a', 'grid', 'report', {
    ...data,
    communityId: 'jc-guanghe',
    estateId: 'est-guanghe',
    requestId: 'request-est-2',
  })
  expect((await db.get('tickets', named.ticketNo))?.estateId).toBe('est-guanghe')
  const elsewhere = await ok('res-a', 'grid', 'report', {
    ...data,
    communityId: 'jc-guanghe',
    requestId: 'request-est-3',
  })
  expect((await db.get('tickets', elsewhere.ticketNo))?.estateId).toBeUndefined()
  expect(
    code(
      await call('res-a', 'grid', 'report', {
        ...data,
        estateId: 'est-longxing',
        requestId: 'request-est-4',
      }),
    ),
  ).toBe('INVALID_ARGUMENT')
  expect(
    code(
      await call('res-a', 'grid', 'report', { ...data, estateId: 'est-none', requestId: 'request-est-5' }),
    ),
  ).toBe('NOT_FOUND')
})
