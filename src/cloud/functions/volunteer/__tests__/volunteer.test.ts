import { setupCloud, storedText } from '../../../__tests__/harness'
import { HOUR, OTHER_STAFF, STAFF, setupVolunteer } from './setup'

test('should seed activities around now: one about to start, one later, one ended, in 新华社区', async () => {
  const { ok } = setupCloud()

  const page = await ok('anyone', 'volunteer', 'list', { street: '金城街道' })

  expect(page.items.map((a) => [a.community, a.status])).toEqual([
    ['新华社区', 'open'],
    ['新华社区', 'open'],
    ['新华社区', 'ended'],
  ])
  expect(page.items[0].startAt).toBeLessThan(page.items[1].startAt)
})

test('should filter by 街道 and status and paginate', async () => {
  const { ok, activity } = await setupVolunteer()

  const open = await ok('anyone', 'volunteer', 'list', { status: 'open', limit: 2 })
  const rest = await ok('anyone', 'volunteer', 'list', {
    status: 'open',
    limit: 2,
    cursor: open.nextCursor ?? '',
  })
  const jiyang = await ok('anyone', 'volunteer', 'list', { street: '济阳街道' })
  const ended = await ok('anyone', 'volunteer', 'list', { status: 'ended' })

  const all = [...open.items, ...rest.items]
  expect(all).toHaveLength(4)
  expect(rest.nextCursor).toBeNull()
  expect(all.map((a) => a.id)).toContain(activity.id)
  expect(jiyang.items.map((a) => a.title)).toEqual(['文明交通劝导'])
  expect(ended.items.every((a) => a.status === 'ended')).toBe(true)
})

test('should let only staff publish, in their own community, with a default cancel deadline', async () => {
  const { ok, call, activity, snapshot, clock } = await setupVolunteer({ residents: 0 })
  const before = snapshot()

  const denied = await call('resident', 'volunteer', 'create', {
    title: '河道清理',
    description: '',
    place: '洸府河',
    startAt: clock.now + HOUR,
    endAt: clock.now + 2 * HOUR,
    quota: 5,
    points: 5,
  })

  expect(denied).toMatchObject({ ok: false, error: { code: 'PERMISSION_DENIED' } })
  expect(snapshot()).toEqual(before)
  expect(activity).toMatchObject({
    street: '金城街道',
    community: '新华社区',
    status: 'open',
    organizer: true,
  })
  expect(activity.cancelDeadline).toBe(activity.startAt - 2 * HOUR)
  expect((await ok(OTHER_STAFF, 'volunteer', 'detail', { activityId: activity.id })).organizer).toBe(false)
})

test.each([
  ['a start in the past', { startAt: -HOUR }, /开始时间需晚于现在/],
  ['an end before the start', { endAt: -2 * HOUR }, /结束时间需晚于开始时间/],
  ['a quota of 0', { quota: 0 }, /招募人数/],
  ['a quota of 501', { quota: 501 }, /招募人数/],
  ['201 points', { points: 201 }, /积分/],
  ['a one-letter title', { title: '扫' }, /活动名称/],
  ['a cancel deadline after the start', { cancelDeadline: 3 * HOUR }, /取消截止/],
  [
    'a meeting point off the globe',
    { location: { name: '花园', address: '', lat: 95, lng: 116.59 } },
    /位置不正确/,
  ],
])('should refuse %s with INVALID_ARGUMENT and change nothing', async (_, patch, message) => {
  const { call, clock, snapshot } = await setupVolunteer({ residents: 0 })
  const before = snapshot()
  const base = { title: '河道清理', description: '', place: '洸府河', quota: 5, points: 5 }
  const relative = Object.fromEntries(
    Object.entries({ startAt: HOUR, endAt: 2 * HOUR, ...patch }).map(([k, v]) => [
      k,
      typeof v === 'number' && /At|Deadline/.test(k) ? clock.now + v : v,
    ]),
  )

  const result = await call(STAFF, 'volunteer', 'create', { ...base, ...relative })

  expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT', message } })
  expect(snapshot()).toEqual(before)
})

test('should keep the meeting point the organiser marked on the map, and change it on edit', async () => {
  const point = { name: '新华社区中心花园', address: '济宁市任城区新华路', lat: 35.4152, lng: 116.5898 }
  const { ok, activity } = await setupVolunteer({ residents: 0, activity: { location: point } })

  expect(activity.location).toEqual(point)
  expect((await ok('resident', 'volunteer', 'detail', { activityId: activity.id })).location).toEqual(point)
  const moved = { ...point, name: '新华社区东门', lat: 35.416 }
  const {
    id,
    street: _s,
    community: _c,
    signedUp: _n,
    status: _t,
    organizer: _o,
    createdAt: _a,
    communityId: _i,
    ...fields
  } = activity
  const edited = await ok(STAFF, 'volunteer', 'update', { ...fields, activityId: id, location: moved })
  expect(edited.location).toEqual(moved)
})

test('should require a real-name profile to sign up, and allow one sign-up per resident', async () => {
  const { call, ok, activity, vol } = await setupVolunteer()

  const noProfile = await call('stranger', 'volunteer', 'signUp', { activityId: activity.id })
  const twice = await call(vol, 'volunteer', 'signUp', { activityId: activity.id })
  const detail = await ok(vol, 'volunteer', 'detail', { activityId: activity.id })

  expect(noProfile).toMatchObject({ ok: false, error: { code: 'PROFILE_REQUIRED' } })
  expect(twice).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
  expect(detail.signedUp).toBe(1)
  expect(detail.mySignup).toEqual({ status: 'signed' })
})

test('should give exactly 10 places to 50 concurrent sign-ups for a quota of 10', async () => {
  const { call, ok, activity } = await setupVolunteer({ residents: 0 })
  const openids = Array.from({ length: 50 }, (_, i) => `rush-${i}`)
  for (const [i, openid] of openids.entries()) {
    await ok(openid, 'user', 'updateProfile', {
      name: '抢报者',
      phone: `1380000${String(i).padStart(4, '0')}`,
    })
  }

  const results = await Promise.all(
    openids.map((o) => call(o, 'volunteer', 'signUp', { activityId: activity.id })),
  )

  expect(results.filter((r) => r.ok)).toHaveLength(10)
  expect(results.filter((r) => !r.ok && r.error.code === 'QUOTA_EXCEEDED')).toHaveLength(40)
  expect((await ok(STAFF, 'volunteer', 'roster', { activityId: activity.id })).items).toHaveLength(10)
  expect((await ok('x', 'volunteer', 'detail', { activityId: activity.id })).signedUp).toBe(10)
})

test('should close sign-up at the start and cancellation at the cancel deadline', async () => {
  const { call, ok, activity, vol, at } = await setupVolunteer()
  await ok('late', 'user', 'updateProfile', { name: '迟到者', phone: '13600000000' })

  const cancelled = await ok(vol, 'volunteer', 'cancel', { activityId: activity.id })
  const again = await ok(vol, 'volunteer', 'signUp', { activityId: activity.id })
  at(activity.cancelDeadline + 1)
  const lateCancel = await call(vol, 'volunteer', 'cancel', { activityId: activity.id })
  at(activity.startAt)
  const lateSignUp = await call('late', 'volunteer', 'signUp', { activityId: activity.id })

  expect(cancelled.status).toBe('cancelled')
  expect(again.status).toBe('signed')
  expect(lateCancel).toMatchObject({ ok: false, error: { code: 'WINDOW_CLOSED' } })
  expect(lateSignUp).toMatchObject({ ok: false, error: { code: 'WINDOW_CLOSED' } })
  expect((await ok(vol, 'volunteer', 'detail', { activityId: activity.id })).signedUp).toBe(1)
})

test('should let staff edit or cancel only before the start, and keep the quota above the sign-ups', async () => {
  const { call, ok, activity, at } = await setupVolunteer({ residents: 3 })
  const fields = {
    title: '河道清理（第二期）',
    description: '',
    place: '洸府河',
    startAt: activity.startAt,
    endAt: activity.endAt,
    quota: 10,
    points: 20,
  }

  const edited = await ok(STAFF, 'volunteer', 'update', { activityId: activity.id, ...fields })
  const tooSmall = await call(STAFF, 'volunteer', 'update', { activityId: activity.id, ...fields, quota: 2 })
  const otherCommunity = await call(OTHER_STAFF, 'volunteer', 'cancelActivity', { activityId: activity.id })
  at(activity.startAt)
  const started = await call(STAFF, 'volunteer', 'cancelActivity', { activityId: activity.id })

  expect(edited.title).toBe('河道清理（第二期）')
  expect(tooSmall).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
  expect(otherCommunity).toMatchObject({ ok: false, error: { code: 'PERMISSION_DENIED' } })
  expect(started).toMatchObject({ ok: false, error: { code: 'WINDOW_CLOSED' } })
})

test('should hide a cancelled activity from residents but show it to its staff', async () => {
  const { ok, call, activity, vol } = await setupVolunteer()

  await ok(STAFF, 'volunteer', 'cancelActivity', { activityId: activity.id })

  const publicList = await ok('x', 'volunteer', 'list', {})
  const staffList = await ok(STAFF, 'volunteer', 'list', { mine: true })
  expect(publicList.items.map((a) => a.id)).not.toContain(activity.id)
  expect(staffList.items.find((a) => a.id === activity.id)?.status).toBe('cancelled')
  expect(await call(vol, 'volunteer', 'list', { mine: true })).toMatchObject({
    ok: false,
    error: { code: 'PERMISSION_DENIED' },
  })
})

test('should show the roster to the organiser only: names in full, phones masked', async () => {
  const { call, ok, activity } = await setupVolunteer({ residents: 2 })

  const roster = await ok(STAFF, 'volunteer', 'roster', { activityId: activity.id })

  expect(roster.items.map((r) => [r.name, r.phoneMasked, r.status, r.manual])).toEqual([
    ['志愿者甲', '139****0000', 'signed', false],
    ['志愿者乙', '139****0001', 'signed', false],
  ])
  expect(JSON.stringify(roster)).not.toContain('13900000001')
  for (const who of [OTHER_STAFF, 'vol-0']) {
    expect(await call(who, 'volunteer', 'roster', { activityId: activity.id })).toMatchObject({
      ok: false,
      error: { code: 'PERMISSION_DENIED' },
    })
  }
})

test('should anonymise sign-ups on 注销 while the activity keeps its numbers', async () => {
  const { ok, activity, vol, storage } = await setupVolunteer()

  await ok(vol, 'user', 'deleteAccount')

  const roster = await ok(STAFF, 'volunteer', 'roster', { activityId: activity.id })
  expect(roster.items).toEqual([expect.objectContaining({ name: '已注销用户', phoneMasked: '—' })])
  expect(storedText(storage, 'signups')).not.toContain(vol)
  expect((await ok(vol, 'volunteer', 'mine')).items).toEqual([])
})

test('should answer NOT_FOUND for an unknown activity and INVALID_ARGUMENT for a bad status filter', async () => {
  const { call } = await setupVolunteer({ residents: 0 })

  expect(await call('x', 'volunteer', 'detail', { activityId: 'act-nope' })).toMatchObject({
    ok: false,
    error: { code: 'NOT_FOUND' },
  })
  expect(await call('x', 'volunteer', 'list', { status: 'soon' })).toMatchObject({
    ok: false,
    error: { code: 'INVALID_ARGUMENT', message: expect.stringMatching(/活动状态/) },
  })
})
