import { DAY, HOUR, setupGigs } from './setup'

test('should not let a post skip review: residents neither see nor apply to it until staff approve', async () => {
  const env = await setupGigs()
  const job = await env.post({ title: '审核前的岗位标题' })
  const listed = async () => (await env.ok('res-a', 'gigs', 'list', { sort: 'start' })).items.map((j) => j.id)

  expect(job.status).toBe('review')
  expect(await listed()).not.toContain(job.id)
  expect(await env.code('res-a', 'detail', { jobId: job.id })).toBe('NOT_FOUND')
  expect(await env.code('res-a', 'apply', { jobId: job.id })).toBe('NOT_FOUND')
  expect(await env.code('boss', 'detail', { jobId: job.id })).toBe('OK')
  expect(await env.code('staff', 'detail', { jobId: job.id })).toBe('OK')

  const approved = await env.ok('staff', 'gigs', 'review', { jobId: job.id, approve: true })

  expect(approved.status).toBe('recruiting')
  expect(await listed()).toContain(job.id)
  expect(await env.code('res-a', 'apply', { jobId: job.id })).toBe('OK')
  expect(await env.code('staff', 'review', { jobId: job.id, approve: true })).toBe('CONFLICT')
})

test('should need a reason to reject a post, keep it hidden and tell the one who posted it', async () => {
  const env = await setupGigs()
  const job = await env.post()
  expect(await env.code('staff', 'review', { jobId: job.id, approve: false })).toBe('INVALID_ARGUMENT')
  expect(await env.code('staff-far', 'review', { jobId: job.id, approve: true })).toBe('PERMISSION_DENIED')
  expect(await env.code('res-a', 'review', { jobId: job.id, approve: true })).toBe('PERMISSION_DENIED')

  const rejected = await env.ok('staff', 'gigs', 'review', {
    jobId: job.id,
    approve: false,
    reason: '报酬描述不清',
  })

  expect(rejected).toMatchObject({ status: 'rejected', review: { approve: false, reason: '报酬描述不清' } })
  expect(await env.code('res-a', 'apply', { jobId: job.id })).toBe('NOT_FOUND')
  const messages = (await env.ok('boss', 'messages', 'list', {})).items
  expect(messages.map((m) => [m.title, m.link])).toContainEqual([
    '零工岗位未通过审核',
    { kind: 'gig', id: job.id },
  ])
})

test('should accept up to the headcount and answer QUOTA_EXCEEDED beyond it', async () => {
  const env = await setupGigs()
  const job = await env.open({ headcount: 2 })
  const apps = []
  for (const who of ['res-a', 'res-b', 'res-c'])
    apps.push(await env.ok(who, 'gigs', 'apply', { jobId: job.id }))

  expect(await env.code('boss', 'decide', { applicationId: apps[0].id, accept: true })).toBe('OK')
  expect(await env.code('boss', 'decide', { applicationId: apps[1].id, accept: true })).toBe('OK')
  expect(await env.code('boss', 'decide', { applicationId: apps[2].id, accept: true })).toBe('QUOTA_EXCEEDED')

  const after = await env.ok('res-c', 'gigs', 'detail', { jobId: job.id })
  expect(after.accepted).toBe(2)
  expect(after.myApplication?.status).toBe('pending')
  expect(await env.code('boss', 'decide', { applicationId: apps[2].id, accept: false })).toBe(
    'INVALID_ARGUMENT',
  )
  const declined = await env.ok('boss', 'gigs', 'decide', {
    applicationId: apps[2].id,
    accept: false,
    reason: '人已招满',
  })
  expect(declined).toMatchObject({ status: 'declined', reason: '人已招满' })
})

test('should accept exactly 3 of 10 concurrent accepts for 3 places', async () => {
  const env = await setupGigs()
  const job = await env.open({ headcount: 3 })
  const people = await env.workers(10)
  const apps = []
  for (const who of people)
    apps.push(await env.ok(who, 'gigs', 'apply', { jobId: job.id, message: '有经验' }))

  const answers = await Promise.all(
    apps.map((a) => env.code('boss', 'decide', { applicationId: a.id, accept: true })),
  )

  expect(answers.filter((a) => a === 'OK')).toHaveLength(3)
  expect(answers.filter((a) => a === 'QUOTA_EXCEEDED')).toHaveLength(7)
  const rows = await env.ok('boss', 'gigs', 'applicants', { jobId: job.id })
  expect(rows.filter((r) => r.status === 'accepted')).toHaveLength(3)
  expect((await env.ok('boss', 'gigs', 'detail', { jobId: job.id })).accepted).toBe(3)
})

test('should not accept a withdrawn application, and withdraw only while pending', async () => {
  const env = await setupGigs()
  const job = await env.open()
  const a = await env.ok('res-a', 'gigs', 'apply', { jobId: job.id })
  const b = await env.ok('res-b', 'gigs', 'apply', { jobId: job.id })
  expect(await env.code('res-b', 'withdraw', { applicationId: a.id })).toBe('PERMISSION_DENIED')

  expect((await env.ok('res-a', 'gigs', 'withdraw', { applicationId: a.id })).status).toBe('withdrawn')
  expect(await env.code('boss', 'decide', { applicationId: a.id, accept: true })).toBe('CONFLICT')
  expect(await env.code('res-a', 'apply', { jobId: job.id })).toBe('CONFLICT')

  await env.ok('boss', 'gigs', 'decide', { applicationId: b.id, accept: true })
  expect(await env.code('res-b', 'withdraw', { applicationId: b.id })).toBe('CONFLICT')
  expect((await env.ok('boss', 'gigs', 'detail', { jobId: job.id })).accepted).toBe(1)
})

test('should apply once, never to the employer’s own job, and only as a real-name resident', async () => {
  const env = await setupGigs()
  const job = await env.open()
  expect(await env.code('res-a', 'apply', { jobId: job.id, message: '周末都有空' })).toBe('OK')
  expect(await env.code('res-a', 'apply', { jobId: job.id })).toBe('CONFLICT')
  expect(await env.code('nobody', 'apply', { jobId: job.id })).toBe('PROFILE_REQUIRED')
  await env.profile('boss', '孙老板')
  expect(await env.code('boss', 'apply', { jobId: job.id })).toBe('PERMISSION_DENIED')
  expect(await env.code('res-b', 'apply', { jobId: job.id, message: '很'.repeat(201) })).toBe(
    'INVALID_ARGUMENT',
  )
})

test('should refuse to mark a worker done before the job starts (WINDOW_CLOSED)', async () => {
  const env = await setupGigs()
  const job = await env.open()
  const a = await env.ok('res-a', 'gigs', 'apply', { jobId: job.id })
  await env.ok('boss', 'gigs', 'decide', { applicationId: a.id, accept: true })

  env.clock.now = job.startAt - 1
  expect(await env.code('boss', 'complete', { applicationId: a.id, outcome: 'done' })).toBe('WINDOW_CLOSED')
  env.clock.now = job.startAt
  expect(await env.code('res-a', 'complete', { applicationId: a.id, outcome: 'done' })).toBe(
    'PERMISSION_DENIED',
  )
  expect(await env.code('boss', 'complete', { applicationId: a.id, outcome: 'done' })).toBe('OK')
})

test('should post a completed gig’s points once, even for two concurrent completes', async () => {
  const env = await setupGigs()
  const job = await env.open({ title: '疏通厨房下水道' })
  const a = await env.ok('res-a', 'gigs', 'apply', { jobId: job.id })
  await env.ok('boss', 'gigs', 'decide', { applicationId: a.id, accept: true })
  const before = await env.ok('res-a', 'points', 'balance')
  env.clock.now = job.startAt + HOUR

  const answers = await Promise.all([
    env.code('boss', 'complete', { applicationId: a.id, outcome: 'done' }),
    env.code('boss', 'complete', { applicationId: a.id, outcome: 'done' }),
  ])

  expect(answers.sort()).toEqual(['CONFLICT', 'OK'])
  const after = await env.ok('res-a', 'points', 'balance')
  expect(after.earned - before.earned).toBe(10)
  const ledger = (await env.ok('res-a', 'points', 'ledger', {})).items
  expect(ledger.filter((e) => e.reason === '零工「疏通厨房下水道」完成')).toHaveLength(1)
  const transfers = await env.db.transaction((tx) => tx.query('transfers', {}))
  expect(transfers.filter((t) => t.ref?.type === 'gig' && t.ref.id === a.id)).toEqual([
    expect.objectContaining({ kind: 'earn', amount: 10, debitAccountId: 'issuer:jincheng' }),
  ])
  expect(await env.code('boss', 'complete', { applicationId: a.id, outcome: 'noshow' })).toBe('CONFLICT')
})

test('should count done and no-show gigs on the worker’s record the employer sees', async () => {
  const env = await setupGigs()
  const first = await env.open({ headcount: 1 })
  const second = await env.open({ headcount: 1 })
  const a1 = await env.ok('res-a', 'gigs', 'apply', { jobId: first.id })
  const a2 = await env.ok('res-a', 'gigs', 'apply', { jobId: second.id })
  await env.ok('boss', 'gigs', 'decide', { applicationId: a1.id, accept: true })
  await env.ok('boss', 'gigs', 'decide', { applicationId: a2.id, accept: true })
  env.clock.now = first.startAt
  await env.ok('boss', 'gigs', 'complete', { applicationId: a1.id, outcome: 'done' })
  await env.ok('boss', 'gigs', 'complete', { applicationId: a2.id, outcome: 'noshow' })
  await env.ok('boss', 'gigs', 'rate', { applicationId: a1.id, score: 4 })
  const third = await env.post({
    startAt: env.clock.now + DAY,
    endAt: env.clock.now + DAY + HOUR,
    deadline: env.clock.now + HOUR,
  })
  await env.ok('staff', 'gigs', 'review', { jobId: third.id, approve: true })
  await env.ok('res-a', 'gigs', 'apply', { jobId: third.id })

  const [row] = await env.ok('boss', 'gigs', 'applicants', { jobId: third.id })

  expect(row).toMatchObject({
    nameMasked: '王**',
    record: { done: 1, noshow: 1, rating: 4 },
    status: 'pending',
  })
  expect(JSON.stringify(row)).not.toContain('1390000')
  expect(JSON.stringify(row)).not.toContain('王秀兰')
})

test('should show applicants to the job’s employer only: an applicant never sees the others', async () => {
  const env = await setupGigs()
  const job = await env.open()
  await env.ok('res-a', 'gigs', 'apply', { jobId: job.id })
  await env.ok('res-b', 'gigs', 'apply', { jobId: job.id })

  expect(await env.code('res-a', 'applicants', { jobId: job.id })).toBe('PERMISSION_DENIED')
  expect(await env.code('staff', 'applicants', { jobId: job.id })).toBe('PERMISSION_DENIED')
  expect(await env.code('res-far', 'applicants', { jobId: job.id })).toBe('PERMISSION_DENIED')
  const detail = await env.ok('res-a', 'gigs', 'detail', { jobId: job.id })
  expect(JSON.stringify(detail)).not.toContain('李')
  expect((await env.ok('boss', 'gigs', 'applicants', { jobId: job.id })).map((r) => r.nameMasked)).toEqual([
    '王**',
    '李**',
  ])
})

test('should show the business line only to the employer and its accepted workers', async () => {
  const env = await setupGigs()
  const job = await env.open()
  const a = await env.ok('res-a', 'gigs', 'apply', { jobId: job.id })
  await env.ok('res-b', 'gigs', 'apply', { jobId: job.id })
  const contact = async (who: string) => (await env.ok(who, 'gigs', 'detail', { jobId: job.id })).contact

  expect(await contact('res-a')).toBeUndefined()
  await env.ok('boss', 'gigs', 'decide', { applicationId: a.id, accept: true })

  expect(await contact('res-a')).toBe('0537-2261234')
  expect(await contact('boss')).toBe('0537-2261234')
  expect(await contact('res-b')).toBeUndefined()
  expect(await contact('res-far')).toBeUndefined()
  expect(await contact('staff')).toBeUndefined()
})

test('should close a post once its deadline passes: off the list, no more applications', async () => {
  const env = await setupGigs()
  const job = await env.open()
  await env.ok('res-a', 'gigs', 'apply', { jobId: job.id })
  const listed = async () => (await env.ok('res-b', 'gigs', 'list', {})).items.map((j) => j.id)

  env.clock.now = job.deadline
  expect(await listed()).toContain(job.id)
  env.clock.now = job.deadline + 1

  expect(await listed()).not.toContain(job.id)
  expect((await env.ok('res-b', 'gigs', 'detail', { jobId: job.id })).status).toBe('closed')
  expect(await env.code('res-b', 'apply', { jobId: job.id })).toBe('WINDOW_CLOSED')
  expect((await env.db.get('jobs', job.id))?.status).toBe('closed')
  const mine = await env.ok('boss', 'gigs', 'myJobs', {})
  expect(mine.items.find((j) => j.id === job.id)?.status).toBe('closed')
})

test('should rate once each way after completion, never before', async () => {
  const env = await setupGigs()
  const job = await env.open()
  const a = await env.ok('res-a', 'gigs', 'apply', { jobId: job.id })
  await env.ok('boss', 'gigs', 'decide', { applicationId: a.id, accept: true })
  expect(await env.code('res-a', 'rate', { applicationId: a.id, score: 5 })).toBe('CONFLICT')
  env.clock.now = job.endAt
  await env.ok('boss', 'gigs', 'complete', { applicationId: a.id, outcome: 'done' })

  expect(await env.code('res-b', 'rate', { applicationId: a.id, score: 5 })).toBe('PERMISSION_DENIED')
  expect(await env.code('res-a', 'rate', { applicationId: a.id, score: 6 })).toBe('INVALID_ARGUMENT')
  expect(await env.code('res-a', 'rate', { applicationId: a.id, score: 5, comment: '老板很爽快' })).toBe('OK')
  expect(await env.code('res-a', 'rate', { applicationId: a.id, score: 4 })).toBe('CONFLICT')
  expect(await env.code('boss', 'rate', { applicationId: a.id, score: 4 })).toBe('OK')
  expect(await env.code('boss', 'rate', { applicationId: a.id, score: 4 })).toBe('CONFLICT')

  const seen = await env.ok('res-a', 'gigs', 'detail', { jobId: job.id })
  expect(seen.employer).toEqual({ name: '新华便民维修部', kind: 'shop', rating: 5 })
  expect(seen.myApplication).toMatchObject({
    status: 'done',
    points: 10,
    byWorker: { score: 5, comment: '老板很爽快' },
    byEmployer: { score: 4 },
  })
})

test('should tell the worker about the employer’s decision by a notice', async () => {
  const env = await setupGigs()
  const job = await env.open({ title: '更换楼道灯泡' })
  const a = await env.ok('res-a', 'gigs', 'apply', { jobId: job.id })
  await env.ok('boss', 'gigs', 'decide', { applicationId: a.id, accept: true })

  const messages = (await env.ok('res-a', 'messages', 'list', {})).items
  expect(messages).toContainEqual(
    expect.objectContaining({ title: '零工报名已录用', link: { kind: 'gig', id: job.id } }),
  )
  expect((await env.ok('res-b', 'messages', 'list', {})).items.map((m) => m.title)).not.toContain(
    '零工报名已录用',
  )
})

test('should cancel a post before its start, declining its applications', async () => {
  const env = await setupGigs()
  const job = await env.open()
  const a = await env.ok('res-a', 'gigs', 'apply', { jobId: job.id })
  await env.ok('boss', 'gigs', 'decide', { applicationId: a.id, accept: true })
  expect(await env.code('res-a', 'cancel', { jobId: job.id })).toBe('PERMISSION_DENIED')

  const cancelled = await env.ok('boss', 'gigs', 'cancel', { jobId: job.id, reason: '住户临时出差' })

  expect(cancelled.status).toBe('cancelled')
  expect((await env.ok('res-a', 'gigs', 'detail', { jobId: job.id })).myApplication?.status).toBe('declined')
  expect(await env.code('boss', 'cancel', { jobId: job.id })).toBe('CONFLICT')
  const later = await env.open()
  env.clock.now = later.startAt
  expect(await env.code('boss', 'cancel', { jobId: later.id })).toBe('WINDOW_CLOSED')
})

test('should page my applications and my jobs newest first', async () => {
  const env = await setupGigs()
  const jobs = []
  for (let i = 0; i < 3; i += 1) {
    jobs.push(await env.open())
    env.clock.now += 1000
  }
  for (const j of jobs) {
    await env.ok('res-a', 'gigs', 'apply', { jobId: j.id })
    env.clock.now += 1000
  }
  const first = await env.ok('res-a', 'gigs', 'mine', { limit: 2 })
  const second = await env.ok('res-a', 'gigs', 'mine', { limit: 2, cursor: first.nextCursor! })
  expect([...first.items, ...second.items].map((a) => a.jobId)).toEqual(jobs.map((j) => j.id).reverse())
  expect(second.nextCursor).toBeNull()

  const a = await env.ok('boss', 'gigs', 'myJobs', { limit: 2 })
  const b = await env.ok('boss', 'gigs', 'myJobs', { limit: 50, cursor: a.nextCursor! })
  const ids = [...a.items, ...b.items].map((j) => j.id)
  expect(ids.slice(0, 3)).toEqual(jobs.map((j) => j.id).reverse())
  expect(ids).toEqual(expect.arrayContaining(['job-seed-faucet', 'job-seed-aircon']))
  expect(await env.code('res-a', 'myJobs', {})).toBe('PERMISSION_DENIED')
})
