import { CODE_STEP_MS } from '../../../../contract/volunteer'
import { HOUR, MIN, OTHER_STAFF, STAFF, setupVolunteer } from './setup'
import { parsesOf } from '../../../__tests__/harness'

const fail = (code: string) => ({ ok: false, error: expect.objectContaining({ code }) })

test('should let only staff of the activity community issue codes, inside the check windows', async () => {
  const { call, activity, at } = await setupVolunteer()
  const issue = (who: string, kind: 'in' | 'out') =>
    call(who, 'volunteer', 'issueCode', { activityId: activity.id, kind })

  expect(await issue('vol-0', 'in')).toEqual(fail('PERMISSION_DENIED'))
  expect(await issue(OTHER_STAFF, 'in')).toEqual(fail('PERMISSION_DENIED'))
  at(activity.startAt - 31 * MIN)
  expect(await issue(STAFF, 'in')).toEqual(fail('WINDOW_CLOSED'))
  at(activity.endAt + 1)
  expect(await issue(STAFF, 'in')).toEqual(fail('WINDOW_CLOSED'))
  expect((await issue(STAFF, 'out')).ok).toBe(true)
})

test('should check in with the QR code during its own step and the next, and refuse it after', async () => {
  const { ok, call, activity, at, code, residents } = await setupVolunteer({ residents: 3 })
  at(activity.startAt)
  const issued = await code('in')

  const sameStep = await ok(residents[0], 'volunteer', 'checkIn', { code: issued.code })
  at(issued.refreshAt + CODE_STEP_MS - 1)
  const nextStep = await ok(residents[1], 'volunteer', 'checkIn', { code: issued.code })
  at(issued.expiresAt)
  const expired = await call(residents[2], 'volunteer', 'checkIn', { code: issued.code })

  expect(sameStep).toMatchObject({ activityId: activity.id, kind: 'in', at: activity.startAt })
  expect(nextStep.kind).toBe('in')
  expect(expired).toEqual(fail('EXPIRED'))
})

test('should refuse a forged or altered code with INVALID_ARGUMENT and change nothing', async () => {
  const { call, activity, at, code, vol, snapshot } = await setupVolunteer()
  at(activity.startAt)
  const { code: real } = await code('in')
  const [id, kind, step, sig] = real.split('.')
  const flip = (c: string) => (c === '0' ? '1' : '0')
  const forged = [
    `${id}.${kind}.${step}.${flip(sig[0])}${sig.slice(1)}`,
    `${id}.out.${step}.${sig}`,
    `${id}.${kind}.${Number(step) + 1}.${sig}`,
    `act-seed-1.${kind}.${step}.${sig}`,
    `${id}.${kind}.${step}.${'0'.repeat(32)}`,
    'hello',
    `${real}x`,
  ]
  const before = snapshot()

  for (const bad of forged) {
    expect(await call(vol, 'volunteer', 'checkIn', { code: bad })).toEqual(fail('INVALID_ARGUMENT'))
  }
  expect(snapshot()).toEqual(before)
})

test('should refuse residents who did not sign up, and a replayed code (the first result stands)', async () => {
  const { ok, call, activity, at, code, vol } = await setupVolunteer()
  await ok('walk-in', 'user', 'updateProfile', { name: '路人', phone: '13512345678' })
  at(activity.startAt + 5 * MIN)
  const { code: qr } = await code('in')

  const first = await ok(vol, 'volunteer', 'checkIn', { code: qr })
  at(activity.startAt + 5 * MIN + 10_000)
  const replay = await call(vol, 'volunteer', 'checkIn', { code: qr })
  const stranger = await call('walk-in', 'volunteer', 'checkIn', { code: qr })
  const noProfile = await call('anonymous', 'volunteer', 'checkIn', { code: qr })

  expect(replay).toEqual(fail('CONFLICT'))
  expect(stranger).toEqual(fail('PERMISSION_DENIED'))
  expect(noProfile).toEqual(fail('PROFILE_REQUIRED'))
  const detail = await ok(vol, 'volunteer', 'detail', { activityId: activity.id })
  expect(detail.mySignup).toEqual({ status: 'checkedIn', checkInAt: first.at })
})

test('should open check-in 30 minutes before the start (scanned or manual) and close it at the end', async () => {
  const { call, ok, activity, at, code, residents } = await setupVolunteer({ residents: 2 })
  const [row] = (await ok(STAFF, 'volunteer', 'roster', { activityId: activity.id })).items
  at(activity.startAt - 30 * MIN)
  const tooEarly = await call(STAFF, 'volunteer', 'manualCheck', {
    signupId: row.signupId,
    kind: 'in',
    at: activity.startAt - 30 * MIN - 1,
  })
  const early = await code('in')
  const onTime = await ok(residents[0], 'volunteer', 'checkIn', { code: early.code })
  at(activity.endAt)
  const last = await code('in')
  at(activity.endAt + 1)
  const tooLate = await call(residents[1], 'volunteer', 'checkIn', { code: last.code })

  expect(tooEarly).toEqual(fail('WINDOW_CLOSED'))
  expect(onTime.kind).toBe('in')
  expect(tooLate).toEqual(fail('WINDOW_CLOSED'))
})

test('should close check-out 2 hours after the end and refuse it before check-in', async () => {
  const { call, ok, activity, at, code, residents } = await setupVolunteer({ residents: 3 })
  at(activity.startAt)
  const checkIn = await code('in')
  await ok(residents[0], 'volunteer', 'checkIn', { code: checkIn.code })
  await ok(residents[1], 'volunteer', 'checkIn', { code: checkIn.code })
  const early = await code('out')
  const notIn = await call(residents[2], 'volunteer', 'checkIn', { code: early.code })
  at(activity.endAt + 2 * HOUR)
  const last = await code('out')
  const inTime = await ok(residents[0], 'volunteer', 'checkIn', { code: last.code })
  at(activity.endAt + 2 * HOUR + 1)
  const tooLate = await call(residents[1], 'volunteer', 'checkIn', { code: last.code })

  expect(notIn).toEqual(fail('CONFLICT'))
  expect(inTime).toMatchObject({ kind: 'out', minutes: 120, pointsAwarded: 20 })
  expect(tooLate).toEqual(fail('WINDOW_CLOSED'))
})

test('should count only the overlap with the activity and post points from 60% of its length', async () => {
  const { ok, activity, at, code, residents } = await setupVolunteer({ residents: 2 })
  at(activity.startAt - 20 * MIN)
  const { code: qrIn } = await code('in')
  await ok(residents[0], 'volunteer', 'checkIn', { code: qrIn })
  await ok(residents[1], 'volunteer', 'checkIn', { code: qrIn })
  at(activity.startAt + 71 * MIN + 59_000)
  const short = await ok(residents[0], 'volunteer', 'checkIn', { code: (await code('out')).code })
  at(activity.startAt + 72 * MIN)
  const enough = await ok(residents[1], 'volunteer', 'checkIn', { code: (await code('out')).code })

  expect(short).toMatchObject({ kind: 'out', minutes: 71, pointsAwarded: 0 })
  expect(enough).toMatchObject({ kind: 'out', minutes: 72, pointsAwarded: 20 })
  expect((await ok(residents[0], 'points', 'balance')).available).toBe(0)
  const ledger = await ok(residents[1], 'points', 'ledger')
  expect(ledger.items).toEqual([
    expect.objectContaining({ amount: 20, kind: 'earn', reason: '志愿服务：河道清理', status: 'posted' }),
  ])
  expect(ledger.items[0].ref).toEqual({ type: 'activity', id: activity.id })
})

test('should post the points once when check-out is sent twice at the same time', async () => {
  const { ok, call, activity, at, code, vol, db } = await setupVolunteer()
  at(activity.startAt)
  await ok(vol, 'volunteer', 'checkIn', { code: (await code('in')).code })
  at(activity.endAt)
  const { code: out } = await code('out')

  const results = await Promise.all([
    call(vol, 'volunteer', 'checkIn', { code: out }),
    call(vol, 'volunteer', 'checkIn', { code: out }),
    call(vol, 'volunteer', 'checkIn', { code: out }),
  ])

  expect(results.filter((r) => r.ok)).toHaveLength(1)
  expect(results.filter((r) => !r.ok && r.error.code === 'CONFLICT')).toHaveLength(2)
  expect((await ok(vol, 'points', 'balance')).available).toBe(20)
  const earned = (await db.query('transfers')).filter((t) => t.kind === 'earn' && t.ref?.id === activity.id)
  expect(earned).toHaveLength(1)
  expect(earned[0].debitAccountId).toBe('issuer:jincheng')
})

test('should accept the short code typed by hand, in any case, and refuse one that matches no live code', async () => {
  const { ok, call, activity, at, code, residents } = await setupVolunteer({ residents: 2 })
  at(activity.startAt)
  const issued = await code('in')

  const typed = await ok(residents[0], 'volunteer', 'checkIn', {
    code: ` ${issued.shortCode.slice(0, 4).toLowerCase()} ${issued.shortCode.slice(4)} `,
  })
  at(issued.expiresAt)
  const stale = await call(residents[1], 'volunteer', 'checkIn', { code: issued.shortCode })
  const unknown = await call(residents[1], 'volunteer', 'checkIn', { code: 'ABCDEFGH' })

  expect(typed).toMatchObject({ activityId: activity.id, kind: 'in' })
  expect(stale).toEqual(fail('INVALID_ARGUMENT'))
  expect(unknown).toEqual(fail('INVALID_ARGUMENT'))
})

test('should tell a genuine short code read 10 s before it rotated and typed 40 s later that it expired', async () => {
  const { call, activity, at, code, vol, snapshot } = await setupVolunteer()
  at(activity.startAt)
  const issued = await code('in')
  at(issued.refreshAt - 10_000)
  const read = await code('in')
  at(issued.refreshAt + 30_000)
  const before = snapshot()

  const late = await call(vol, 'volunteer', 'checkIn', { code: read.shortCode })
  const forged = await call(vol, 'volunteer', 'checkIn', { code: 'ABCDEFGH' })

  expect(late).toEqual(fail('INVALID_ARGUMENT'))
  expect(late.ok ? '' : late.error.message).toMatch(/已过期.*现在显示的签到码/)
  expect(forged.ok ? '' : forged.error.message).not.toMatch(/过期/)
  expect(snapshot()).toEqual(before)
})

test('should record manual checks with the staff member, post points, and show them in mine', async () => {
  const { ok, call, activity, at, vol, db } = await setupVolunteer()
  const [row] = (await ok(STAFF, 'volunteer', 'roster', { activityId: activity.id })).items
  at(activity.endAt + 10 * MIN)

  const future = await call(STAFF, 'volunteer', 'manualCheck', {
    signupId: row.signupId,
    kind: 'in',
    at: activity.endAt + 20 * MIN,
  })
  const denied = await call(OTHER_STAFF, 'volunteer', 'manualCheck', { signupId: row.signupId, kind: 'in' })
  const checkedIn = await ok(STAFF, 'volunteer', 'manualCheck', {
    signupId: row.signupId,
    kind: 'in',
    at: activity.startAt + 10 * MIN,
  })
  const out = await ok(STAFF, 'volunteer', 'manualCheck', { signupId: row.signupId, kind: 'out' })
  const again = await call(STAFF, 'volunteer', 'manualCheck', { signupId: row.signupId, kind: 'out' })
  const mine = await ok(vol, 'volunteer', 'mine')

  expect(future).toEqual(fail('WINDOW_CLOSED'))
  expect(denied).toEqual(fail('PERMISSION_DENIED'))
  expect(checkedIn).toMatchObject({ status: 'checkedIn', manual: true })
  expect(out).toMatchObject({ status: 'completed', minutes: 110, manual: true })
  expect(again).toEqual(fail('CONFLICT'))
  expect((await db.get('signups', row.signupId))?.manualBy).toBe(STAFF)
  expect(mine).toMatchObject({ totalMinutes: 110, totalPoints: 20 })
  expect(mine.items[0]).toMatchObject({ activity: { id: activity.id }, signup: { status: 'completed' } })
})

test('should match a typed short code against live activities only, never reading ended or later ones', async () => {
  const { ok, db, activity, at, code, vol } = await setupVolunteer()
  await db.transaction(async (tx) => {
    for (let i = 0; i < 200; i += 1) {
      const startAt = activity.startAt + (i % 2 ? -(i + 2) * 24 * HOUR : (i + 2) * 24 * HOUR)
      await tx.insert('activities', {
        _id: `act-past-${i}`,
        title: '往期活动-不应读取',
        description: '',
        place: '',
        streetId: 'jincheng',
        communityId: 'jc-xinhua',
        startAt,
        endAt: startAt + 2 * HOUR,
        quota: 10,
        points: 5,
        cancelDeadline: startAt - 2 * HOUR,
        signedUp: 0,
        cancelled: false,
        createdBy: 'someone',
        createdAt: startAt - 24 * HOUR,
      })
    }
  })
  at(activity.startAt)
  const issued = await code('in')
  const parsed = await parsesOf('往期活动-不应读取', async () => {
    expect(await ok(vol, 'volunteer', 'checkIn', { code: issued.shortCode })).toMatchObject({ kind: 'in' })
  })
  expect(parsed).toBe(0)
})

test('should accept a typed check-out short code up to 2 hours after the end', async () => {
  const { ok, activity, at, code, vol } = await setupVolunteer()
  at(activity.startAt)
  await ok(vol, 'volunteer', 'checkIn', { code: (await code('in')).shortCode })
  at(activity.endAt + 2 * HOUR - 5_000)
  const issued = await code('out')

  expect(await ok(vol, 'volunteer', 'checkIn', { code: issued.shortCode })).toMatchObject({ kind: 'out' })
})
