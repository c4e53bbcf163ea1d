import { COLLECTIONS } from '../db/schema'
import { HOUR, MIN, riverCleanup } from '../functions/volunteer/__tests__/setup'
import { START, setupCloud } from './harness'

/** Resident, staff of 新华社区 and clerk of 易捷 新华社区店 at once; a distinctive openid to search for. */
const X = 'person-x-7Qz4'
const COLLEAGUE = 'staff-jc-colleague'
const [R, R2, R3] = ['res-r', 'res-r2', 'res-r3']
const TISSUE = 'goods-01' // 20 points, 易捷 新华社区店

/** Every stored key and value, and every document of every collection, as one text. */
async function everything(env: ReturnType<typeof setupCloud>): Promise<string> {
  const stored = env.storage.keys().map((key) => `${key}=${env.storage.getItem(key)}`)
  const docs = await Promise.all(COLLECTIONS.map((name) => env.db.query(name)))
  return [...stored, JSON.stringify(docs)].join('\n')
}

/** X does one of everything in every role, with a colleague and residents around. */
async function busyPerson() {
  const env = setupCloud()
  const { ok, clock } = env
  const at = (ms: number) => {
    clock.now = ms
  }
  await ok(X, 'user', 'updateProfile', { name: '赵多面', phone: '13811112222', communityId: 'jc-xinhua' })
  await ok(X, 'user', 'bindRole', { inviteCode: 'JC-STAFF-2026' })
  await ok(X, 'user', 'bindRole', { inviteCode: 'YJ-CLERK-2026' })
  await ok(X, 'user', 'setPreferences', { elderMode: true })
  await ok(COLLEAGUE, 'user', 'bindRole', { inviteCode: 'JC-STAFF-2026' })
  for (const [i, r] of [R, R2, R3].entries()) {
    await ok(r, 'user', 'updateProfile', {
      name: `居民${'甲乙丙'[i]}`,
      phone: `1390000000${i}`,
      communityId: 'jc-xinhua',
    })
  }

  // The concert R books and X verifies, and a later one X holds a seat for when leaving.
  const sessions = (await ok(R, 'events', 'detail', { eventId: 'ev-grape' })).sessions
  const concert = sessions.find((s) => s.startAt > START + 6 * HOUR)!
  const later = sessions.find((s) => s.startAt > concert.endAt + 24 * HOUR)!
  const leaveAt = concert.startAt - HOUR

  const create = (who: string, startAt: number, extra: Record<string, unknown> = {}) =>
    ok(who, 'volunteer', 'create', { ...riverCleanup(startAt), ...extra })
  const done = await create(COLLEAGUE, START + HOUR)
  const own = await create(X, START + HOUR)
  const ongoing = await create(COLLEAGUE, leaveAt - 30 * MIN)
  const last = await create(COLLEAGUE, leaveAt + 24 * HOUR, { quota: 1 })
  for (const a of [done, ongoing, last]) await ok(X, 'volunteer', 'signUp', { activityId: a.id })
  for (const r of [R, R2]) await ok(r, 'volunteer', 'signUp', { activityId: own.id })
  await ok(X, 'messages', 'subscribe', { topic: 'activity', accepted: true })

  // Grid: X reports; X handles R's report.
  await ok(X, 'grid', 'report', {
    category: 'sanitation',
    description: '楼下垃圾桶满了三天没人清运',
    address: '新华社区 3 号楼东侧',
    requestId: 'request-x-0001',
  })
  const rs = await ok(R, 'grid', 'report', {
    category: 'sanitation',
    description: '路灯坏了一个星期',
    address: '新华社区 5 号楼',
    requestId: 'request-r-0001',
  })
  await ok(X, 'grid', 'advance', { ticketNo: rs.ticketNo, to: 'accepted', note: '马上处理' })

  // Events: R books the concert, X a later one.
  const rBooking = await ok(R, 'events', 'book', {
    sessionId: concert.id,
    seats: 1,
    requestId: 'req-r-00001',
  })
  await ok(X, 'events', 'book', { sessionId: later.id, seats: 2, requestId: 'req-x-00001' })

  // Volunteer: X issues codes and records a manual check; X serves in a colleague's activity.
  const issue = (who: string, id: string, kind: 'in' | 'out') =>
    ok(who, 'volunteer', 'issueCode', { activityId: id, kind })
  at(START + HOUR)
  await ok(R, 'volunteer', 'checkIn', { code: (await issue(X, own.id, 'in')).code })
  const [, r2Row] = (await ok(X, 'volunteer', 'roster', { activityId: own.id })).items
  await ok(X, 'volunteer', 'manualCheck', { signupId: r2Row.signupId, kind: 'in' })
  await ok(X, 'volunteer', 'checkIn', { code: (await issue(COLLEAGUE, done.id, 'in')).code })
  at(START + 3 * HOUR)
  await ok(R, 'volunteer', 'checkIn', { code: (await issue(X, own.id, 'out')).code })
  await ok(X, 'volunteer', 'checkIn', { code: (await issue(COLLEAGUE, done.id, 'out')).code })
  await ok(X, 'volunteer', 'certificate')
  const [message] = (await ok(X, 'messages', 'list', {})).items
  await ok(X, 'messages', 'markRead', { id: message.id })

  // Shop: X confirms R's redemption, mistypes a code once, and holds one of their own.
  const rOrder = await ok(R, 'shop', 'redeem', { goodsId: TISSUE, quantity: 1, requestId: 'req-r-00002' })
  await ok(X, 'shop', 'lookup', { code: rOrder.code })
  await ok(X, 'shop', 'confirm', { code: rOrder.code })
  await env.call(X, 'shop', 'lookup', { code: '000000' })
  await ok(X, 'shop', 'redeem', { goodsId: TISSUE, quantity: 1, requestId: 'req-x-00002' })

  // X checks in to an activity under way, and displays its code for the others.
  at(leaveAt - 30 * MIN)
  await ok(X, 'volunteer', 'checkIn', { code: (await issue(COLLEAGUE, ongoing.id, 'in')).code })
  at(leaveAt - 29 * MIN)
  await issue(X, ongoing.id, 'in')

  at(leaveAt)
  await ok(X, 'events', 'verify', { code: rBooking.code })
  return { ...env, activities: { done, own, ongoing, last }, later }
}

test('should leave no openid of the person anywhere after they did one of everything in every role', async () => {
  const env = await busyPerson()
  expect(await everything(env)).toContain(X)

  await env.ok(X, 'user', 'deleteAccount')

  const text = await everything(env)
  expect(text).not.toContain(X)
  expect(text).not.toContain('赵多面')
  expect(text).not.toContain('13811112222')
})

test('should give back every place the person held on 注销: sign-ups, seats and held points', async () => {
  const env = await busyPerson()
  const { ok, call, db, activities: a, later } = env
  const seats = async () =>
    (await ok(R, 'events', 'detail', { eventId: 'ev-grape' })).sessions.find((s) => s.id === later.id)!
      .seatsLeft
  const signedUp = async (id: string) => (await db.get('activities', id))!.signedUp
  const before = {
    seats: await seats(),
    ongoing: await signedUp(a.ongoing.id),
    done: await signedUp(a.done.id),
  }
  const full = await call(R3, 'volunteer', 'signUp', { activityId: a.last.id })

  await ok(X, 'user', 'deleteAccount')

  const taken = await ok(R3, 'volunteer', 'signUp', { activityId: a.last.id })
  const rosters = await Promise.all(
    [a.done, a.ongoing, a.last].map(
      async (x) => (await ok(COLLEAGUE, 'volunteer', 'roster', { activityId: x.id })).items,
    ),
  )
  const gone = rosters.map((items) => items.filter((r) => r.name === '已注销用户').map((r) => r.status))
  const accounts = await db.query('accounts')

  expect(full).toMatchObject({ ok: false, error: { code: 'QUOTA_EXCEEDED' } })
  expect(taken.status).toBe('signed')
  expect(await seats()).toBe(before.seats + 2)
  expect(await signedUp(a.ongoing.id)).toBe(before.ongoing - 1)
  expect(await signedUp(a.done.id)).toBe(before.done)
  expect(gone).toEqual([['completed'], ['cancelled'], ['cancelled']])
  expect(rosters[0][0]).toMatchObject({ minutes: 120 })
  expect(accounts.reduce((sum, x) => sum + x.creditsPosted - x.debitsPosted, 0)).toBe(0)
  expect(accounts.reduce((sum, x) => sum + x.debitsPending - x.creditsPending, 0)).toBe(0)
  expect(accounts.reduce((sum, x) => sum + x.debitsPending, 0)).toBe(0)
})

test('should keep the activities and checks a staff member recorded, without naming them, after their 注销', async () => {
  const env = await busyPerson()
  const { ok, db, activities: a } = env

  await ok(X, 'user', 'deleteAccount')

  const own = await ok(COLLEAGUE, 'volunteer', 'detail', { activityId: a.own.id })
  const roster = (await ok(COLLEAGUE, 'volunteer', 'roster', { activityId: a.own.id })).items
  expect(own).toMatchObject({ title: a.own.title, signedUp: 2 })
  expect(roster.map((r) => [r.name, r.status, r.manual])).toEqual([
    ['居民甲', 'completed', false],
    ['居民乙', 'checkedIn', true],
  ])
  expect((await db.get('activities', a.own.id))?.createdBy).toBe('')
  expect(await db.get('codeIssues', X)).toBeNull()
})
