import { HOUR, setupGigs } from './setup'

const APPLY = { name: '老街修鞋铺', kind: 'shop', communityId: 'jc-xinhua', contact: '0537 2345678' } as const

test('should bind the demo employer with XH-EMPLOYER-2026, and seed its posts without any application', async () => {
  const env = await setupGigs()
  const login = await env.ok('boss', 'user', 'login')
  expect(login.roles).toContain('employer')
  expect(login.employer).toEqual({ employerId: 'emp-xh-bianmin', name: '新华便民维修部' })

  const listed = (await env.ok('res-a', 'gigs', 'list', { limit: 50 })).items
  expect(listed.map((j) => j.community)).toEqual(expect.arrayContaining(['新华社区', '龙行社区']))
  expect(listed.filter((j) => j.community === '新华社区').length).toBeGreaterThanOrEqual(2)
  expect(listed.every((j) => j.startAt > env.clock.now && j.deadline > env.clock.now)).toBe(true)
  expect(listed.map((j) => j.id)).not.toContain('job-seed-aircon')
  expect((await env.ok('staff', 'gigs', 'queue')).jobs.map((j) => j.id)).toEqual(['job-seed-aircon'])
  expect(await env.db.transaction((tx) => tx.query('gigApplications', {}))).toEqual([])
  expect(await env.ok('boss', 'gigs', 'myEmployer')).toMatchObject({
    id: 'emp-xh-bianmin',
    status: 'approved',
    contact: '0537-2261234',
  })
})

test('should let a real-name resident apply to be an employer, and staff of that community approve', async () => {
  const env = await setupGigs()
  expect(await env.code('nobody', 'applyEmployer', APPLY)).toBe('PROFILE_REQUIRED')
  expect(await env.code('res-a', 'applyEmployer', { ...APPLY, contact: '12345' })).toBe('INVALID_ARGUMENT')
  expect(await env.code('res-a', 'applyEmployer', { ...APPLY, kind: 'factory' })).toBe('INVALID_ARGUMENT')

  const applied = await env.ok('res-a', 'gigs', 'applyEmployer', APPLY)

  expect(applied).toMatchObject({ status: 'pending', contact: '0537-2345678', name: '老街修鞋铺' })
  expect(await env.code('res-a', 'applyEmployer', APPLY)).toBe('CONFLICT')
  expect(await env.code('res-a', 'post', {})).toBe('INVALID_ARGUMENT')
  const queued = (await env.ok('staff', 'gigs', 'queue')).employers
  expect(queued).toEqual([
    expect.objectContaining({ id: applied.id, applicant: '王秀兰', contact: '0537-2345678' }),
  ])
  expect(await env.code('staff-far', 'approveEmployer', { applicationId: applied.id })).toBe(
    'PERMISSION_DENIED',
  )
  expect(await env.code('res-b', 'approveEmployer', { applicationId: applied.id })).toBe('PERMISSION_DENIED')

  const approved = await env.ok('staff', 'gigs', 'approveEmployer', { applicationId: applied.id })

  expect(approved.status).toBe('approved')
  const login = await env.ok('res-a', 'user', 'login')
  expect(login.roles).toContain('employer')
  expect(login.employer).toEqual({ employerId: applied.id, name: '老街修鞋铺' })
  expect(await env.code('staff2', 'approveEmployer', { applicationId: applied.id })).toBe('CONFLICT')
  const job = await env.post({}, 'res-a')
  expect(job).toMatchObject({ employerId: applied.id, employerName: '老街修鞋铺', status: 'review' })
  const messages = (await env.ok('res-a', 'messages', 'list', {})).items.map((m) => m.title)
  expect(messages).toContain('用工方申请已通过')
})

test('should accept a mobile or a landline with area code as the business line', async () => {
  const env = await setupGigs()
  const contact = async (who: string, value: string) => {
    const result = await env.call(who, 'gigs', 'applyEmployer', { ...APPLY, contact: value })
    return result.ok ? (result.data as { contact: string }).contact : result.error.code
  }
  await env.workers(5)
  expect(await contact('w-1', '13912345678')).toBe('13912345678')
  expect(await contact('w-2', '05371234567')).toBe('0537-1234567')
  expect(await contact('w-3', '010-12345678')).toBe('010-12345678')
  expect(await contact('w-4', '+8613912345678')).toBe('INVALID_ARGUMENT')
  expect(await contact('w-4', '0537-123')).toBe('INVALID_ARGUMENT')
  expect(await contact('w-5', '23912345678')).toBe('INVALID_ARGUMENT')
})

test('should never let staff approve their own employer application', async () => {
  const env = await setupGigs()
  await env.profile('staff', '孙干事')
  const applied = await env.ok('staff', 'gigs', 'applyEmployer', APPLY)

  expect(await env.code('staff', 'approveEmployer', { applicationId: applied.id })).toBe('PERMISSION_DENIED')
  expect(await env.code('staff', 'rejectEmployer', { applicationId: applied.id, reason: '自己审自己' })).toBe(
    'PERMISSION_DENIED',
  )
  expect(await env.code('staff2', 'rejectEmployer', { applicationId: applied.id })).toBe('INVALID_ARGUMENT')
  const rejected = await env.ok('staff2', 'gigs', 'rejectEmployer', {
    applicationId: applied.id,
    reason: '营业执照信息不全',
  })
  expect(rejected).toMatchObject({ status: 'rejected', reason: '营业执照信息不全' })
  expect((await env.ok('staff', 'user', 'login')).roles).not.toContain('employer')
  expect(await env.code('staff', 'applyEmployer', APPLY)).toBe('OK')
})

test('should never let staff review a post of their own or of the employer they act for', async () => {
  const env = await setupGigs()
  await env.ok('staff', 'user', 'bindRole', { inviteCode: 'XH-EMPLOYER-2026' })
  const mine = await env.post({}, 'staff')
  const boss = await env.post({}, 'boss')

  expect(await env.code('staff', 'review', { jobId: mine.id, approve: true })).toBe('PERMISSION_DENIED')
  expect(await env.code('staff', 'review', { jobId: boss.id, approve: true })).toBe('PERMISSION_DENIED')
  expect(await env.code('staff2', 'review', { jobId: mine.id, approve: true })).toBe('OK')
})

test('should flag an employer on the staff queue once its workers’ ratings average 2 or less over 3 ratings', async () => {
  const env = await setupGigs()
  const job = await env.open({ headcount: 3 })
  const people = await env.workers(3)
  const apps = []
  for (const who of people) {
    const a = await env.ok(who, 'gigs', 'apply', { jobId: job.id })
    await env.ok('boss', 'gigs', 'decide', { applicationId: a.id, accept: true })
    apps.push(a)
  }
  env.clock.now = job.startAt + HOUR
  for (const a of apps) await env.ok('boss', 'gigs', 'complete', { applicationId: a.id, outcome: 'done' })
  const flagged = async () => (await env.ok('staff', 'gigs', 'queue')).flagged.map((e) => e.id)

  await env.ok(people[0], 'gigs', 'rate', { applicationId: apps[0].id, score: 1, comment: '拖欠工钱' })
  await env.ok(people[1], 'gigs', 'rate', { applicationId: apps[1].id, score: 2 })
  expect(await flagged()).toEqual([])
  await env.ok(people[2], 'gigs', 'rate', { applicationId: apps[2].id, score: 3 })

  expect(await flagged()).toEqual(['emp-xh-bianmin'])
  const [entry] = (await env.ok('staff', 'gigs', 'queue')).flagged
  expect(entry).toMatchObject({ rating: 2, ratings: 3, flagged: true })
  expect((await env.ok('staff-far', 'gigs', 'queue')).flagged).toEqual([])
  expect((await env.ok('staff', 'messages', 'list', {})).items.map((m) => m.title)).toContain(
    '用工方评价偏低',
  )
  expect(await env.code('res-a', 'queue')).toBe('PERMISSION_DENIED')
})
