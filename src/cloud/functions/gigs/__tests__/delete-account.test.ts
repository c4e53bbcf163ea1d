import { HOUR, setupGigs } from './setup'

const GIGS = ['employers', 'jobs', 'gigApplications', 'gigCards'] as const

test('should leave no openid in the gigs collections after 注销, keeping the gigs’ record', async () => {
  const env = await setupGigs()
  await env.profile('staff', '孙干事')
  // res-b becomes an employer (approved by staff) and posts; res-a keeps a card, works and rates
  const employer = await env.ok('res-b', 'gigs', 'applyEmployer', {
    name: '李家小饭馆',
    kind: 'shop',
    communityId: 'jc-xinhua',
    contact: '13800001111',
  })
  await env.ok('staff', 'gigs', 'approveEmployer', { applicationId: employer.id })
  const job = await env.open({}, 'res-b')
  await env.ok('res-a', 'gigs', 'card', { trades: ['cleaning'], times: '周末' })
  const a = await env.ok('res-a', 'gigs', 'apply', { jobId: job.id })
  await env.ok('res-b', 'gigs', 'decide', { applicationId: a.id, accept: true })
  env.clock.now = job.startAt + HOUR
  await env.ok('res-b', 'gigs', 'complete', { applicationId: a.id, outcome: 'done' })
  await env.ok('res-a', 'gigs', 'rate', { applicationId: a.id, score: 5 })
  await env.ok('res-c', 'gigs', 'card', { trades: ['moving'], times: '晚上' })

  for (const who of ['res-a', 'res-b', 'staff']) await env.ok(who, 'user', 'deleteAccount')

  const stored = await env.db.transaction(async (tx) => {
    const all: Record<string, unknown[]> = {}
    for (const name of GIGS) all[name] = await tx.query(name, {})
    return all
  })
  const text = JSON.stringify(stored)
  for (const who of ['res-a', 'res-b', 'staff']) expect(text).not.toContain(`"${who}"`)
  expect(text).toContain('"res-c"')
  expect(stored.gigCards).toHaveLength(1)
  expect(await env.db.get('gigApplications', a.id)).toMatchObject({
    openid: null,
    status: 'done',
    byWorker: { score: 5 },
  })
  expect(await env.db.get('employers', employer.id)).toMatchObject({
    openid: null,
    status: 'approved',
    ratingCount: 1,
  })
  expect(await env.db.get('jobs', job.id)).toMatchObject({ postedBy: null, reviewedBy: null })
})

test('should show a worker who has gone as 已注销用户 to the employer', async () => {
  const env = await setupGigs()
  const job = await env.open()
  await env.ok('res-a', 'gigs', 'apply', { jobId: job.id })
  await env.ok('res-a', 'user', 'deleteAccount')

  const [row] = await env.ok('boss', 'gigs', 'applicants', { jobId: job.id })
  expect(row).toMatchObject({
    nameMasked: '已注销用户',
    card: null,
    record: { done: 0, noshow: 0, rating: null },
  })
})
