import type { Ticket } from '../../../../contract/grid'
import { setupCloud, storedText } from '../../../__tests__/harness'
import { PHONE, PNG, setupGrid } from './setup'

const HOUR = 3_600_000

const code = (result: { ok: boolean; error?: { code: string } }) => (result.ok ? 'OK' : result.error?.code)

test('should list the categories with their resolve-by hours', async () => {
  const { ok } = setupCloud()
  const categories = await ok('anyone', 'grid', 'categories', {})
  expect(categories.map((c) => c.name)).toEqual(
    expect.arrayContaining([
      '环境卫生',
      '停车难',
      '垃圾分类',
      '安全隐患',
      '违章搭建',
      '河道沟渠',
      '物业服务',
      '建议',
      '表扬',
    ]),
  )
  expect(categories.find((c) => c.name === '安全隐患')?.hours).toBe(24)
  expect(categories.every((c) => c.hours > 0)).toBe(true)
})

test('should file a report with a readable number, the due time of its category and the first timeline entry', async () => {
  const { report, clock } = await setupGrid()
  const first = await report({ photos: [PNG], location: { lat: 35.41, lng: 116.59 } })
  const second = await report({ category: 'safety' })

  expect(first).toMatchObject({
    ticketNo: 'RC20260720-0001',
    status: 'submitted',
    community: '新华社区',
    createdAt: clock.now,
    dueAt: clock.now + 48 * HOUR,
    overdue: false,
    photoCount: 1,
    photos: [PNG],
    contactMasked: '139****5678',
    timeline: [{ at: clock.now, status: 'submitted', by: '我', note: expect.stringContaining('环境卫生') }],
  })
  expect(second.ticketNo).toBe('RC20260720-0002')
  expect(second.dueAt).toBe(clock.now + 24 * HOUR)
})

test('should number tickets by the China-time date', async () => {
  const { report, clock } = await setupGrid()
  clock.now = Date.UTC(2026, 6, 20, 16, 30) // 00:30 on 21 July in China
  expect((await report()).ticketNo).toBe('RC20260721-0001')
})

test('should answer a repeated requestId with the same ticket and refuse it with other input', async () => {
  const { ok, call, snapshot } = await setupGrid()
  const data = {
    category: 'parking',
    description: '小区门口车辆乱停',
    address: '新华路 12 号',
    requestId: 'same-request-1',
  }

  const [a, b] = await Promise.all([ok('res-a', 'grid', 'report', data), ok('res-a', 'grid', 'report', data)])
  const before = snapshot()
  const changed = await call('res-a', 'grid', 'report', { ...data, description: '另一件事情说明' })

  expect(b.ticketNo).toBe(a.ticketNo)
  expect((await ok('res-a', 'grid', 'mine', {})).items).toHaveLength(1)
  expect(changed).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } })
  expect(snapshot()).toEqual(before)
  expect((await ok('res-b', 'grid', 'report', data)).ticketNo).not.toBe(a.ticketNo)
})

test.each([
  ['a description over 500 characters', { description: '臭'.repeat(501) }, /问题描述/],
  ['a description under 5 characters', { description: '太脏了' }, /问题描述/],
  ['4 photos', { photos: [PNG, PNG, PNG, PNG] }, /最多上传 3 张/],
  [
    'a photo over 200,000 characters',
    { photos: [`data:image/jpeg;base64,${'A'.repeat(200_000)}`] },
    /照片太大/,
  ],
  ['a photo that is not an image reference', { photos: ['javascript:alert(1)'] }, /照片格式/],
  ['a bad phone', { phone: '1234567' }, /手机号/],
  ['an unknown category', { category: 'ufo' }, /类别/],
  ['a one-character address', { address: '楼' }, /地址/],
  ['a location off the globe', { location: { lat: 95, lng: 10 } }, /位置/],
])('should refuse %s with INVALID_ARGUMENT and store nothing', async (_, extra, message) => {
  const { call, snapshot } = await setupGrid()
  const before = snapshot()
  const result = await call('res-a', 'grid', 'report', {
    category: 'sanitation',
    description: '楼下垃圾桶满了三天没人清运',
    address: '新华社区 3 号楼',
    requestId: 'bad-input-1',
    ...extra,
  })
  expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT', message } })
  expect(snapshot()).toEqual(before)
})

test('should require a profile, and a community when the profile has none', async () => {
  const { ok, call } = await setupGrid()
  const data = {
    category: 'sanitation',
    description: '楼道灯坏了很久',
    address: '3 号楼',
    requestId: 'no-profile-1',
  }
  expect(code(await call('stranger', 'grid', 'report', data))).toBe('PROFILE_REQUIRED')
  await ok('homeless', 'user', 'updateProfile', { name: '赵强', phone: '13700001111' })
  expect(await call('homeless', 'grid', 'report', data)).toMatchObject({
    ok: false,
    error: { code: 'INVALID_ARGUMENT', message: '请选择问题所在社区' },
  })
  expect(code(await call('homeless', 'grid', 'report', { ...data, communityId: 'nowhere' }))).toBe(
    'NOT_FOUND',
  )
  expect((await ok('homeless', 'grid', 'report', { ...data, communityId: 'jy-longxing' })).community).toBe(
    '龙行社区',
  )
})

test('should walk accept → dispatch → resolve → rate 4 → closed, each step in the timeline', async () => {
  const { report, advance, rate, ok, clock } = await setupGrid()
  const { ticketNo } = await report()

  clock.now += HOUR
  expect(code(await advance(ticketNo, 'accepted', { note: '已受理，马上安排' }))).toBe('OK')
  clock.now += HOUR
  const dispatched = await advance(ticketNo, 'dispatched', {
    department: '城市管理综合执法',
    note: '请尽快清运',
  })
  clock.now += HOUR
  expect(code(await advance(ticketNo, 'resolved', { note: '已清运完毕' }))).toBe('OK')
  clock.now += HOUR
  const rated = await rate(ticketNo, 4)

  expect(dispatched).toMatchObject({
    ok: true,
    data: { status: 'dispatched', department: '城市管理综合执法' },
  })
  expect(rated).toMatchObject({ ok: true, data: { status: 'closed', rating: { score: 4 } } })
  const seen = await ok('res-a', 'grid', 'detail', { ticketNo })
  expect(seen.timeline.map((e) => [e.status, e.by])).toEqual([
    ['submitted', '我'],
    ['accepted', '新华社区网格员'],
    ['dispatched', '新华社区网格员'],
    ['resolved', '新华社区网格员'],
    ['closed', '我'],
  ])
  expect(seen.timeline[2].note).toBe('派至城市管理综合执法：请尽快清运')
  expect(seen.timeline.map((e) => e.at)).toEqual([0, 1, 2, 3, 4].map((h) => clock.now - (4 - h) * HOUR))
})

test('should answer every step on one ticket with its photos, as detail does', async () => {
  const { report, advance, rate } = await setupGrid()
  const { ticketNo } = await report({ photos: [PNG, PNG] })
  const steps = [
    await advance(ticketNo, 'accepted'),
    await advance(ticketNo, 'dispatched', { department: '物业公司' }),
    await advance(ticketNo, 'resolved'),
    await rate(ticketNo, 2),
    await advance(ticketNo, 'resolved'),
    await rate(ticketNo, 4),
  ]
  for (const step of steps)
    expect(step).toMatchObject({ ok: true, data: { photoCount: 2, photos: [PNG, PNG] } })
  const { ticketNo: bare } = await report()
  expect(await advance(bare, 'accepted')).toMatchObject({ ok: true, data: { photoCount: 0, photos: [] } })
})

test('should reopen on a score of 2, then allow dispatch or resolve and one more rating', async () => {
  const { report, advance, rate } = await setupGrid()
  const { ticketNo } = await report()
  await advance(ticketNo, 'accepted')
  await advance(ticketNo, 'resolved')

  expect(await rate(ticketNo, 2)).toMatchObject({ ok: true, data: { status: 'reopened' } })
  expect(code(await rate(ticketNo, 5))).toBe('CONFLICT')
  expect(code(await advance(ticketNo, 'accepted'))).toBe('CONFLICT')
  expect(code(await advance(ticketNo, 'rejected'))).toBe('CONFLICT')
  expect(code(await advance(ticketNo, 'dispatched', { department: '物业公司' }))).toBe('OK')
  expect(code(await advance(ticketNo, 'resolved'))).toBe('OK')
  expect(await rate(ticketNo, 5)).toMatchObject({
    ok: true,
    data: { status: 'closed', rating: { score: 5 } },
  })
  expect(code(await rate(ticketNo, 5))).toBe('CONFLICT')
})

test('should also allow reopened → resolved, accepted → resolved and rejections before dispatch', async () => {
  const { report, advance, rate } = await setupGrid()
  const a = (await report()).ticketNo
  await advance(a, 'accepted')
  await advance(a, 'resolved')
  await rate(a, 1)
  expect(code(await advance(a, 'resolved'))).toBe('OK')

  const b = (await report()).ticketNo
  expect(code(await advance(b, 'rejected', { note: '不属于本社区管辖' }))).toBe('OK')
  const c = (await report()).ticketNo
  await advance(c, 'accepted')
  expect(code(await advance(c, 'rejected'))).toBe('OK')
})

const REFUSED: [from: string[], to: string][] = [
  [[], 'dispatched'],
  [[], 'resolved'],
  [['accepted'], 'accepted'],
  [['accepted', 'dispatched'], 'accepted'],
  [['accepted', 'dispatched'], 'dispatched'],
  [['accepted', 'dispatched'], 'rejected'],
  [['accepted', 'resolved'], 'resolved'],
  [['accepted', 'resolved'], 'dispatched'],
  [['accepted', 'resolved'], 'rejected'],
  [['rejected'], 'accepted'],
  [['rejected'], 'resolved'],
]

test.each(REFUSED)('should refuse %j → %s with CONFLICT and change nothing', async (steps, to) => {
  const { report, advance, snapshot } = await setupGrid()
  const { ticketNo } = await report()
  for (const step of steps) {
    expect(code(await advance(ticketNo, step, { department: '物业公司' }))).toBe('OK')
  }
  const before = snapshot()
  expect(code(await advance(ticketNo, to, { department: '物业公司' }))).toBe('CONFLICT')
  expect(snapshot()).toEqual(before)
})

test('should refuse a rating before resolution, after closing, from anyone but the reporter and out of range', async () => {
  const { report, advance, rate, call } = await setupGrid()
  const { ticketNo } = await report()
  expect(code(await rate(ticketNo, 4))).toBe('CONFLICT')
  await advance(ticketNo, 'accepted')
  await advance(ticketNo, 'resolved')
  expect(code(await rate(ticketNo, 4, 'res-b'))).toBe('PERMISSION_DENIED')
  expect(code(await rate(ticketNo, 4, 'staff'))).toBe('PERMISSION_DENIED')
  expect(code(await rate(ticketNo, 6))).toBe('INVALID_ARGUMENT')
  expect(code(await rate(ticketNo, 2.5))).toBe('INVALID_ARGUMENT')
  expect(code(await call('res-a', 'grid', 'rate', { ticketNo: 'RC00000000-0000', score: 3 }))).toBe(
    'NOT_FOUND',
  )
  expect(code(await rate(ticketNo, 3))).toBe('OK')
  expect(code(await rate(ticketNo, 3))).toBe('CONFLICT')
})

test('should let only one of two concurrent ratings through', async () => {
  const { report, advance, rate } = await setupGrid()
  const { ticketNo } = await report()
  await advance(ticketNo, 'accepted')
  await advance(ticketNo, 'resolved')
  const results = await Promise.all([rate(ticketNo, 1), rate(ticketNo, 5)])
  expect(results.map(code).sort()).toEqual(['CONFLICT', 'OK'])
})

test('should let only one of two staff members accept the same ticket at once', async () => {
  const { report, advance, ok } = await setupGrid()
  await ok('staff-2', 'user', 'bindRole', { inviteCode: 'JC-STAFF-2026' })
  const { ticketNo } = await report()
  const results = await Promise.all([
    advance(ticketNo, 'accepted'),
    advance(ticketNo, 'accepted', {}, 'staff-2'),
  ])
  expect(results.map(code).sort()).toEqual(['CONFLICT', 'OK'])
  expect((await ok('staff', 'grid', 'detail', { ticketNo })).timeline).toHaveLength(2)
})

test('should keep tickets to their reporter and the staff of their community', async () => {
  const { report, advance, call, ok } = await setupGrid()
  const { ticketNo } = await report()

  expect(code(await call('res-b', 'grid', 'detail', { ticketNo }))).toBe('PERMISSION_DENIED')
  expect(code(await call('staff-far', 'grid', 'detail', { ticketNo }))).toBe('PERMISSION_DENIED')
  expect(code(await advance(ticketNo, 'accepted', {}, 'staff-far'))).toBe('PERMISSION_DENIED')
  expect(code(await advance(ticketNo, 'accepted', {}, 'res-b'))).toBe('PERMISSION_DENIED')
  expect(code(await call('res-a', 'grid', 'queue', {}))).toBe('PERMISSION_DENIED')
  expect((await ok('staff-far', 'grid', 'queue', {})).items).toEqual([])
  expect((await ok('res-b', 'grid', 'mine', {})).items).toEqual([])
  expect(code(await call('staff', 'grid', 'detail', { ticketNo: 'RC19990101-0001' }))).toBe('NOT_FOUND')
  expect(code(await advance(ticketNo, 'dispatched', { department: undefined }))).toBe('INVALID_ARGUMENT')
})

test('should show staff a named reporter masked and an anonymous one not at all', async () => {
  const { report, ok, advance } = await setupGrid()
  const named = await report()
  const anonymous = await report({ anonymous: true, phone: '13800009999' })
  await advance(anonymous.ticketNo, 'accepted')

  const queue = await ok('staff', 'grid', 'queue', {})
  const seenNamed = queue.items.find((t) => t.ticketNo === named.ticketNo)
  const seenAnon = queue.items.find((t) => t.ticketNo === anonymous.ticketNo) as Ticket
  const anonDetail = await ok('staff', 'grid', 'detail', { ticketNo: anonymous.ticketNo })

  expect(seenNamed?.reporter).toEqual({ nameMasked: '王**', phoneMasked: '139****5678' })
  for (const view of [seenAnon, anonDetail]) {
    expect(view.reporter).toBeUndefined()
    expect(view.contactMasked).toBeUndefined()
    expect(view.timeline[0].by).toBe('匿名反映人')
    const text = JSON.stringify(view)
    for (const leak of ['王', '秀兰', PHONE, '13800009999', 'res-a', 'nameMasked'])
      expect(text).not.toContain(leak)
    expect(text).not.toMatch(/\d{3}\*{4}\d{4}/)
  }
  expect(JSON.stringify(queue)).not.toContain(PHONE)
  expect(anonymous.contactMasked).toBeUndefined()
})

test('should compute overdue from the category hours and list overdue tickets first', async () => {
  const { report, ok, clock, advance } = await setupGrid()
  const slow = await report({ category: 'building' }) // 120 h
  clock.now += HOUR
  const urgent = await report({ category: 'safety' }) // 24 h
  const done = await report({ category: 'safety' })
  await advance(done.ticketNo, 'rejected', { note: '重复反映' })

  clock.now = urgent.dueAt
  expect((await ok('staff', 'grid', 'queue', { overdue: true })).items).toEqual([])
  clock.now = urgent.dueAt + 1

  const all = await ok('staff', 'grid', 'queue', {})
  expect(all.items.map((t) => [t.ticketNo, t.overdue])).toEqual([
    [urgent.ticketNo, true],
    [slow.ticketNo, false],
    [done.ticketNo, false],
  ])
  expect((await ok('staff', 'grid', 'queue', { overdue: true })).items.map((t) => t.ticketNo)).toEqual([
    urgent.ticketNo,
  ])
  expect((await ok('staff', 'grid', 'queue', { overdue: false })).items).toHaveLength(2)
  expect((await ok('staff', 'grid', 'queue', { status: 'rejected' })).items.map((t) => t.ticketNo)).toEqual([
    done.ticketNo,
  ])
  expect((await ok('res-a', 'grid', 'detail', { ticketNo: urgent.ticketNo })).overdue).toBe(true)

  await advance(urgent.ticketNo, 'accepted')
  await advance(urgent.ticketNo, 'resolved')
  expect((await ok('staff', 'grid', 'queue', { overdue: true })).items).toEqual([])
})

test('should page my tickets newest first, without photos in the list', async () => {
  const { report, ok, clock } = await setupGrid()
  for (let i = 0; i < 3; i++) {
    await report({ photos: [PNG] })
    clock.now += 1000
  }
  const first = await ok('res-a', 'grid', 'mine', { limit: 2 })
  const rest = await ok('res-a', 'grid', 'mine', { limit: 2, cursor: first.nextCursor ?? undefined })
  expect([...first.items, ...rest.items].map((t) => t.ticketNo)).toEqual([
    'RC20260720-0003',
    'RC20260720-0002',
    'RC20260720-0001',
  ])
  expect(rest.nextCursor).toBeNull()
  expect(first.items[0].photos).toBeUndefined()
  expect(first.items[0].photoCount).toBe(1)
})

test('should anonymise the reporter on 注销 while the ticket stays with the community', async () => {
  const { report, ok, call, storage } = await setupGrid()
  const { ticketNo } = await report({ phone: '13600002222' })

  await ok('res-a', 'user', 'deleteAccount', {})

  const seen = await ok('staff', 'grid', 'detail', { ticketNo })
  expect(seen.reporter).toBeUndefined()
  expect(seen.description).toContain('垃圾桶')
  expect(storedText(storage, 'tickets')).not.toMatch(/res-a|13600002222|13912345678/)
  expect(code(await call('res-a', 'grid', 'detail', { ticketNo }))).toBe('PERMISSION_DENIED')
  expect((await ok('res-a', 'grid', 'mine', {})).items).toEqual([])
})
