import { setupCloud } from '../../../__tests__/harness'
import { chinaMonth } from '../model'
import { all, at, code, items, setupProperty } from './setup'

test('should list the seeded 小区 with their community and company, all or of one community', async () => {
  const { ok } = setupCloud()
  const everywhere = await ok('anyone', 'property', 'estates', {})
  expect(everywhere.length).toBeGreaterThanOrEqual(2)
  const xinhua = await ok('anyone', 'property', 'estates', { communityId: 'jc-xinhua' })
  expect(xinhua).toEqual([
    {
      id: 'est-xinhuayuan',
      name: '新华苑',
      communityId: 'jc-xinhua',
      community: '新华社区',
      streetId: 'jincheng',
      street: '金城街道',
      companyId: 'co-xinyi',
      company: '任城信义物业服务有限公司',
    },
  ])
  const longxing = await ok('anyone', 'property', 'estates', { communityId: 'jy-longxing' })
  expect(longxing.length).toBeGreaterThanOrEqual(1)
  // each names its 街道, so the board can offer a street switcher
  expect(longxing.map((e) => [e.streetId, e.street])).toEqual(longxing.map(() => ['jiyang', '济阳街道']))
  expect(new Set(everywhere.map((e) => e.companyId)).size).toBeGreaterThanOrEqual(2)
})

test('should bind XH-PROPERTY-2026 to the company serving 新华社区 and show it at login', async () => {
  const { ok } = setupCloud()
  const view = await ok('wuye', 'user', 'bindRole', { inviteCode: 'XH-PROPERTY-2026' })
  expect(view.roles).toContain('property')
  expect(view.property).toEqual({ companyId: 'co-xinyi', company: '任城信义物业服务有限公司' })
  const [estate] = await ok('wuye', 'property', 'estates', { communityId: 'jc-xinhua' })
  expect(estate.companyId).toBe(view.property?.companyId)
})

test('should keep the 小区 in the profile, set its community, and drop it on moving to another community', async () => {
  const { ok, call } = setupCloud()
  const view = await ok('res', 'user', 'updateProfile', {
    name: '王秀兰',
    phone: '13912345678',
    communityId: 'jc-guanghe',
    estateId: 'est-xinhuayuan',
  }).catch((e: Error) => e.message)
  expect(view).toContain('INVALID_ARGUMENT')
  const set = await ok('res', 'user', 'updateProfile', {
    name: '王秀兰',
    phone: '13912345678',
    estateId: 'est-xinhuayuan',
  })
  expect(set.profile).toMatchObject({ communityId: 'jc-xinhua', estateId: 'est-xinhuayuan' })
  expect((await ok('res', 'user', 'login', {})).profile?.estateId).toBe('est-xinhuayuan')
  expect(code(await call('res', 'user', 'updateProfile', { estateId: 'est-nowhere' }))).toBe('NOT_FOUND')
  const renamed = await ok('res', 'user', 'updateProfile', { name: '王秀英' })
  expect(renamed.profile?.estateId).toBe('est-xinhuayuan')
  const moved = await ok('res', 'user', 'updateProfile', { communityId: 'jy-longxing' })
  expect(moved.profile).toMatchObject({ communityId: 'jy-longxing' })
  expect(moved.profile?.estateId).toBeUndefined()
})

test('should keep one score per resident, company and month: a second call replaces the first', async () => {
  const { score, ok, db, clock } = await setupProperty()
  const first = await score('res-a', 'co-xinyi', all(2), '电梯老坏')
  expect(first).toMatchObject({ ok: true, data: { month: '2026-07', items: all(2), comment: '电梯老坏' } })
  clock.now += 3_600_000
  const second = await score('res-a', 'co-xinyi', items(4, 5, 4, 3, 5))
  expect(second).toMatchObject({
    ok: true,
    data: { month: '2026-07', items: items(4, 5, 4, 3, 5), at: clock.now },
  })
  expect(await ok('res-a', 'property', 'myScore', { companyId: 'co-xinyi' })).toEqual({
    companyId: 'co-xinyi',
    month: '2026-07',
    items: items(4, 5, 4, 3, 5),
    at: clock.now,
  })
  const stored = await db.query('propertyScores', { companyId: 'co-xinyi', month: '2026-07' })
  expect(stored).toHaveLength(1)
  expect(stored[0]).toMatchObject({ openid: 'res-a', items: items(4, 5, 4, 3, 5) })
  expect(stored[0].comment).toBeUndefined()
  expect(await ok('res-b', 'property', 'myScore', { companyId: 'co-xinyi' })).toBeNull()
})

test('should leave one score when one resident scores twice at the same moment', async () => {
  const { score, db } = await setupProperty()
  const answers = await Promise.all([
    score('res-a', 'co-xinyi', all(1)),
    score('res-a', 'co-xinyi', all(5)),
    score('res-b', 'co-xinyi', all(3)),
  ])
  expect(answers.map(code)).toEqual(['OK', 'OK', 'OK'])
  const stored = await db.query('propertyScores', { companyId: 'co-xinyi', month: '2026-07' })
  expect(stored.filter((s) => s.openid === 'res-a')).toHaveLength(1)
  expect(stored).toHaveLength(2)
})

test("should refuse the scores of other 小区, of no 小区, of no profile and of the company's own 物业", async () => {
  const { score, call, ok, resident } = await setupProperty()
  expect(code(await score('res-far', 'co-xinyi', all(5)))).toBe('PERMISSION_DENIED')
  expect(code(await score('res-a', 'co-longze', all(5)))).toBe('PERMISSION_DENIED')
  expect(code(await score('res-a', 'co-nowhere', all(5)))).toBe('PERMISSION_DENIED')
  expect(code(await score('nobody', 'co-xinyi', all(5)))).toBe('PROFILE_REQUIRED')
  await ok('homeless', 'user', 'updateProfile', {
    name: '孙丽',
    phone: '13800001111',
    communityId: 'jc-xinhua',
  })
  expect(code(await score('homeless', 'co-xinyi', all(5)))).toBe('PERMISSION_DENIED')
  // the company's 物业, living in a 小区 it serves
  await resident('wuye')
  const own = await score('wuye', 'co-xinyi', all(5))
  expect(own).toMatchObject({ ok: false, error: { code: 'PERMISSION_DENIED' } })
  // 物业 of one company may still score the company serving their own home (another one)
  await ok('wuye', 'user', 'updateProfile', { estateId: 'est-longxing' })
  expect(code(await score('wuye', 'co-longze', all(4)))).toBe('OK')
  expect(
    code(await call('res-a', 'property', 'score', { companyId: 'co-xinyi', items: items(0, 5, 5, 5, 5) })),
  ).toBe('INVALID_ARGUMENT')
  expect(
    code(await call('res-a', 'property', 'score', { companyId: 'co-xinyi', items: items(5, 5, 4.5, 5, 5) })),
  ).toBe('INVALID_ARGUMENT')
  expect(
    code(
      await call('res-a', 'property', 'score', {
        companyId: 'co-xinyi',
        items: all(5),
        comment: '好'.repeat(201),
      }),
    ),
  ).toBe('INVALID_ARGUMENT')
  const trimmed = await score('res-a', 'co-xinyi', all(5), `  ${'好'.repeat(200)}  `)
  expect(trimmed).toMatchObject({ ok: true, data: { comment: '好'.repeat(200) } })
})

test('should pay no points for scoring', async () => {
  const { score, ok } = await setupProperty()
  const before = await ok('res-a', 'points', 'balance', {})
  await score('res-a', 'co-xinyi', all(5))
  expect(await ok('res-a', 'points', 'balance', {})).toEqual(before)
  expect(await ok('res-a', 'points', 'ledger', {})).toMatchObject({ items: [] })
})

test('should count a score by China time: 23:59 on the last day in that month, 00:00 the next day in the next', async () => {
  const { score, ok, call, clock } = await setupProperty()
  clock.now = at('2026-07-31T23:59:00')
  expect(chinaMonth(clock.now)).toBe('2026-07')
  expect(await score('res-a', 'co-xinyi', all(2))).toMatchObject({ ok: true, data: { month: '2026-07' } })
  expect(code(await call('res-a', 'property', 'monthly', { companyId: 'co-xinyi', month: '2026-07' }))).toBe(
    'WINDOW_CLOSED',
  )
  clock.now = at('2026-08-01T00:00:00')
  expect(await score('res-a', 'co-xinyi', all(4))).toMatchObject({ ok: true, data: { month: '2026-08' } })
  const july = await ok('res-a', 'property', 'monthly', { companyId: 'co-xinyi', month: '2026-07' })
  expect(july).toMatchObject({ scorers: 1, items: all(2) })
  expect(code(await call('res-a', 'property', 'monthly', { companyId: 'co-xinyi', month: '2026-08' }))).toBe(
    'WINDOW_CLOSED',
  )
})

test('should let staff of a served community record good and bad points, counted in the current month', async () => {
  const { ok, call, clock } = await setupProperty()
  const good = await ok('staff', 'property', 'record', {
    companyId: 'co-xinyi',
    kind: 'good',
    points: 3,
    reason: '  雨后及时清理积水  ',
  })
  expect(good).toMatchObject({
    kind: 'good',
    points: 3,
    reason: '雨后及时清理积水',
    month: '2026-07',
    community: '新华社区',
  })
  expect(
    code(
      await call('staff-far', 'property', 'record', {
        companyId: 'co-xinyi',
        kind: 'bad',
        points: 2,
        reason: '垃圾未清',
      }),
    ),
  ).toBe('PERMISSION_DENIED')
  expect(
    code(
      await call('res-a', 'property', 'record', {
        companyId: 'co-xinyi',
        kind: 'bad',
        points: 2,
        reason: '垃圾未清',
      }),
    ),
  ).toBe('PERMISSION_DENIED')
  expect(
    code(
      await call('staff', 'property', 'record', {
        companyId: 'co-xinyi',
        kind: 'bad',
        points: 11,
        reason: '垃圾未清',
      }),
    ),
  ).toBe('INVALID_ARGUMENT')
  expect(
    code(
      await call('staff', 'property', 'record', {
        companyId: 'co-xinyi',
        kind: 'bad',
        points: 2,
        reason: '垃圾',
      }),
    ),
  ).toBe('INVALID_ARGUMENT')
  expect(
    code(
      await call('staff', 'property', 'record', {
        companyId: 'co-none',
        kind: 'bad',
        points: 2,
        reason: '垃圾未清',
      }),
    ),
  ).toBe('NOT_FOUND')
  await ok('staff', 'property', 'record', {
    companyId: 'co-xinyi',
    kind: 'bad',
    points: 2,
    reason: '垃圾清运不及时',
  })
  clock.now = at('2026-08-02T10:00:00')
  const july = await ok('anyone', 'property', 'monthly', { companyId: 'co-xinyi', month: '2026-07' })
  expect(july).toMatchObject({ good: 3, bad: 2 })
  expect(july.records.map((r) => [r.kind, r.points, r.reason])).toEqual([
    ['good', 3, '雨后及时清理积水'],
    ['bad', 2, '垃圾清运不及时'],
  ])
})
