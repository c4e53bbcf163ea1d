import { CODE_STEP_MS } from '../../contract/volunteer'
import { HOUR, MIN, STAFF, setupVolunteer } from '../functions/volunteer/__tests__/setup'
import { setupCloud, START } from './harness'

/** A second staff member of 新华社区, the community of `STAFF`. */
const COLLEAGUE = 'staff-jc-2'

const denied = (result: { ok: boolean; error?: { code: string; message: string } }) =>
  result.ok ? 'OK' : `${result.error?.code} ${result.error?.message}`

/** The volunteer set-up with `STAFF` signed up for their own community's activity. */
async function staffSignedUp() {
  const env = await setupVolunteer({ residents: 0 })
  await env.ok(COLLEAGUE, 'user', 'bindRole', { inviteCode: 'JC-STAFF-2026' })
  await env.ok(STAFF, 'volunteer', 'signUp', { activityId: env.activity.id })
  const [row] = (await env.ok(COLLEAGUE, 'volunteer', 'roster', { activityId: env.activity.id })).items
  return { ...env, row }
}

describe('volunteer', () => {
  test('should refuse a staff member recording their own check-in or check-out, and let a colleague do it', async () => {
    const { ok, call, at, activity, row, snapshot, db } = await staffSignedUp()
    at(activity.startAt + 10 * MIN)
    const before = snapshot()

    const selfIn = await call(STAFF, 'volunteer', 'manualCheck', { signupId: row.signupId, kind: 'in' })
    const unchanged = snapshot()
    await ok(COLLEAGUE, 'volunteer', 'manualCheck', { signupId: row.signupId, kind: 'in' })
    at(activity.endAt)
    const selfOut = await call(STAFF, 'volunteer', 'manualCheck', { signupId: row.signupId, kind: 'out' })
    const out = await ok(COLLEAGUE, 'volunteer', 'manualCheck', { signupId: row.signupId, kind: 'out' })

    expect(denied(selfIn)).toBe('PERMISSION_DENIED 不能为自己补录签到或签退，请由本社区其他工作人员办理')
    expect(denied(selfOut)).toMatch(/^PERMISSION_DENIED 不能为自己补录/)
    expect(unchanged).toEqual(before)
    expect(out).toMatchObject({ status: 'completed', manual: true, own: false })
    expect((await db.get('signups', row.signupId))?.manualBy).toBe(COLLEAGUE)
    expect((await ok(STAFF, 'points', 'balance')).earned).toBe(activity.points)
  })

  test('should mark the caller’s own row in the roster, so the page offers no manual check for it', async () => {
    const { ok, activity, row } = await staffSignedUp()
    const mine = await ok(STAFF, 'volunteer', 'roster', { activityId: activity.id })
    expect(mine.items).toEqual([expect.objectContaining({ signupId: row.signupId, own: true })])
    expect(row.own).toBe(false)
  })

  test('should refuse a staff member checking in or out with a code they displayed, and take a colleague’s', async () => {
    const { ok, call, at, activity, snapshot } = await staffSignedUp()
    const checkIn = (code: string) => call(STAFF, 'volunteer', 'checkIn', { code })
    const issue = (who: string, kind: 'in' | 'out') =>
      ok(who, 'volunteer', 'issueCode', { activityId: activity.id, kind })
    at(activity.startAt)
    const own = await issue(STAFF, 'in')
    const before = snapshot()

    const byQr = await checkIn(own.code)
    const byShort = await checkIn(own.shortCode)
    at(own.refreshAt)
    const nextStep = await checkIn(own.code)
    const unchanged = snapshot()
    const colleagues = await issue(COLLEAGUE, 'in')
    const taken = await ok(STAFF, 'volunteer', 'checkIn', { code: colleagues.shortCode })
    at(activity.endAt)
    const ownOut = await issue(STAFF, 'out')
    const outRefused = await checkIn(ownOut.code)
    at(ownOut.refreshAt + CODE_STEP_MS)
    const out = await ok(STAFF, 'volunteer', 'checkIn', { code: (await issue(COLLEAGUE, 'out')).code })

    const message = /^PERMISSION_DENIED 这是你自己出示的签到码/
    expect([byQr, byShort, nextStep, outRefused].map(denied)).toEqual(
      Array(4).fill(expect.stringMatching(message)),
    )
    expect(unchanged).toEqual(before)
    expect(taken).toMatchObject({ kind: 'in', at: own.refreshAt })
    expect(out).toMatchObject({ kind: 'out', pointsAwarded: activity.points })
  })

  test('should keep in a staff member’s record of displayed codes only the steps still accepted', async () => {
    const { at, activity, code, db } = await setupVolunteer({ residents: 0 })
    at(activity.startAt)
    for (let i = 0; i < 10; i += 1) {
      await code('in')
      at(activity.startAt + (i + 1) * CODE_STEP_MS)
    }
    expect((await db.get('codeIssues', STAFF))?.issued).toHaveLength(2)
  })
})

describe('events', () => {
  test('should refuse a staff member verifying their own booking, and let another staff member verify it', async () => {
    const env = setupCloud()
    await env.ok(STAFF, 'user', 'bindRole', { inviteCode: 'JC-STAFF-2026' })
    await env.ok(STAFF, 'user', 'updateProfile', { name: '张社工', phone: '13700001111' })
    await env.ok(COLLEAGUE, 'user', 'bindRole', { inviteCode: 'JY-STAFF-2026' })
    const concert = (await env.ok(STAFF, 'events', 'detail', { eventId: 'ev-grape' })).sessions.find(
      (s) => s.startAt > START,
    )!
    const booking = await env.ok(STAFF, 'events', 'book', {
      sessionId: concert.id,
      seats: 1,
      requestId: 'req-own-booking',
    })
    env.clock.now = concert.startAt - HOUR
    const before = env.snapshot()

    const own = await env.call(STAFF, 'events', 'verify', { code: booking.code })
    const unchanged = env.snapshot()
    const other = await env.ok(COLLEAGUE, 'events', 'verify', { code: booking.code })

    expect(denied(own)).toBe('PERMISSION_DENIED 不能核验自己的预约，请由其他工作人员核验')
    expect(unchanged).toEqual(before)
    expect(other).toMatchObject({ id: booking.id, status: 'used' })
  })
})

describe('grid', () => {
  async function staffReport(anonymous: boolean) {
    const env = setupCloud()
    await env.ok(STAFF, 'user', 'bindRole', { inviteCode: 'JC-STAFF-2026' })
    await env.ok(COLLEAGUE, 'user', 'bindRole', { inviteCode: 'JC-STAFF-2026' })
    await env.ok(STAFF, 'user', 'updateProfile', {
      name: '张社工',
      phone: '13700001111',
      communityId: 'jc-xinhua',
    })
    const ticket = await env.ok(STAFF, 'grid', 'report', {
      category: 'sanitation',
      description: '楼下垃圾桶满了三天没人清运',
      address: '新华社区 3 号楼东侧',
      requestId: `request-own-${anonymous}`,
      anonymous,
    })
    const advance = (who: string, to: string, department?: string) =>
      env.call(who, 'grid', 'advance', { ticketNo: ticket.ticketNo, to, note: '已处理', department })
    return { ...env, ticket, advance }
  }

  test.each([false, true])(
    'should refuse a staff member handling a ticket they reported (anonymous: %s) at every step',
    async (anonymous) => {
      const { advance, snapshot } = await staffReport(anonymous)
      const before = snapshot()
      const atSubmitted = [await advance(STAFF, 'accepted'), await advance(STAFF, 'rejected')]
      const unchanged = snapshot()
      expect((await advance(COLLEAGUE, 'accepted')).ok).toBe(true)
      const atAccepted = [
        await advance(STAFF, 'dispatched', '城管执法中队'),
        await advance(STAFF, 'resolved'),
        await advance(STAFF, 'rejected'),
      ]

      const message = 'PERMISSION_DENIED 不能处理自己反映的工单，请由本社区其他工作人员处理'
      expect([...atSubmitted, ...atAccepted].map(denied)).toEqual(Array(5).fill(message))
      expect(unchanged).toEqual(before)
      expect((await advance(COLLEAGUE, 'resolved')).ok).toBe(true)
    },
  )

  test('should mark the reporter’s own view of a ticket, and not the view of the staff who handle it', async () => {
    const { ok, ticket } = await staffReport(false)
    const mine = await ok(STAFF, 'grid', 'detail', { ticketNo: ticket.ticketNo })
    const theirs = await ok(COLLEAGUE, 'grid', 'detail', { ticketNo: ticket.ticketNo })
    expect([ticket.own, mine.own, theirs.own]).toEqual([true, true, undefined])
  })
})
