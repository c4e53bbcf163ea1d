import type { QuestionStatus } from '../../../../contract/council'
import { PNG, setupCouncil } from './setup'

const DAY = 86_400_000

type Env = Awaited<ReturnType<typeof setupCouncil>>

/** A question of res-a in 新华社区, put straight into `status` (with a plan where one belongs). */
async function questionIn(env: Env, status: QuestionStatus, extra: Record<string, unknown> = {}) {
  const q = await env.raise(extra)
  const doc = (await env.db.get('questions', q.id))!
  const plan = ['accepted', 'done', 'reopened'].includes(status)
    ? { stage: status === 'done' ? ('done' as const) : ('doing' as const), progress: 50, milestones: [] }
    : undefined
  await env.db.set('questions', { ...doc, status, plan, round: status === 'done' ? 1 : 0 })
  return q.id
}

const ANSWERS: [QuestionStatus, 'evaluating' | 'accepted' | 'rejected', 'OK' | 'CONFLICT'][] = [
  ['raised', 'evaluating', 'OK'],
  ['raised', 'accepted', 'OK'],
  ['raised', 'rejected', 'OK'],
  ['pending', 'evaluating', 'OK'],
  ['pending', 'accepted', 'OK'],
  ['pending', 'rejected', 'OK'],
  ['evaluating', 'evaluating', 'CONFLICT'],
  ['evaluating', 'accepted', 'OK'],
  ['evaluating', 'rejected', 'OK'],
  ['accepted', 'evaluating', 'CONFLICT'],
  ['accepted', 'accepted', 'CONFLICT'],
  ['accepted', 'rejected', 'CONFLICT'],
  ['done', 'accepted', 'CONFLICT'],
  ['reopened', 'rejected', 'CONFLICT'],
  ['rejected', 'accepted', 'CONFLICT'],
  ['rejected', 'evaluating', 'CONFLICT'],
  ['withdrawn', 'accepted', 'CONFLICT'],
]

test.each(ANSWERS)('should answer a %s question %s: %s', async (from, to, expected) => {
  const env = await setupCouncil()
  const id = await questionIn(env, from)
  expect(await env.code('staff', 'answer', { questionId: id, status: to, reason: '社区研究后的答复' })).toBe(
    expected,
  )
  const after = await env.ok('res-b', 'council', 'detail', { questionId: id })
  expect(after.status).toBe(expected === 'OK' ? to : from)
  if (expected === 'OK') expect(after.answer).toMatchObject({ status: to, reason: '社区研究后的答复' })
})

test('should require a public reason to reject and keep it trimmed', async () => {
  const env = await setupCouncil()
  const q = await env.raise()
  expect(await env.code('staff', 'answer', { questionId: q.id, status: 'rejected' })).toBe('INVALID_ARGUMENT')
  expect(await env.code('staff', 'answer', { questionId: q.id, status: 'rejected', reason: '否' })).toBe(
    'INVALID_ARGUMENT',
  )
  const rejected = await env.ok('staff', 'council', 'answer', {
    questionId: q.id,
    status: 'rejected',
    reason: '  涉及公共绿地，需业主大会表决  ',
  })
  expect((await env.ok('res-far', 'council', 'detail', { questionId: rejected.id })).answer).toMatchObject({
    status: 'rejected',
    reason: '涉及公共绿地，需业主大会表决',
  })
})

test('should let only staff of the community answer', async () => {
  const env = await setupCouncil()
  const q = await env.raise()
  expect(await env.code('res-b', 'answer', { questionId: q.id, status: 'accepted' })).toBe(
    'PERMISSION_DENIED',
  )
  expect(await env.code('staff-far', 'answer', { questionId: q.id, status: 'accepted' })).toBe(
    'PERMISSION_DENIED',
  )
  expect(await env.code('adviser', 'answer', { questionId: q.id, status: 'accepted' })).toBe(
    'PERMISSION_DENIED',
  )
  expect(await env.code('staff', 'answer', { questionId: 'q-none', status: 'accepted' })).toBe('NOT_FOUND')
})

test('should post the author points once even when answered twice concurrently', async () => {
  const env = await setupCouncil()
  const q = await env.raise()
  const [a, b] = await Promise.all([
    env.call('staff', 'council', 'answer', { questionId: q.id, status: 'accepted' }),
    env.call('staff2', 'council', 'answer', { questionId: q.id, status: 'accepted' }),
  ])
  expect([a.ok, b.ok].sort()).toEqual([false, true])
  expect((a.ok ? b : a) as unknown).toMatchObject({ error: { code: 'CONFLICT' } })
  const ledger = await env.ok('res-a', 'points', 'ledger', {})
  const earned = ledger.items.filter((e) => e.ref?.type === 'question' && e.ref.id === q.id)
  expect(earned).toEqual([
    expect.objectContaining({
      amount: 20,
      kind: 'earn',
      status: 'posted',
      reason: '议事「小区停车难的问题怎么解决」被采纳',
    }),
  ])
  expect(await env.ok('res-a', 'points', 'balance', {})).toMatchObject({ earned: 20 })
})

test('should pay at most 3 accepted questions a China-time month and pay again the next month', async () => {
  const env = await setupCouncil()
  env.clock.now = Date.UTC(2026, 6, 31, 15, 0) // 23:00 on 31 July in China
  const ids: string[] = []
  for (let i = 0; i < 3; i += 1) ids.push((await env.raise()).id)
  for (const id of ids) await env.ok('staff', 'council', 'answer', { questionId: id, status: 'accepted' })
  const fourth = (await env.raise()).id
  await env.ok('staff', 'council', 'answer', { questionId: fourth, status: 'accepted' })
  expect((await env.ok('res-a', 'points', 'balance', {})).earned).toBe(60)
  env.clock.now = Date.UTC(2026, 6, 31, 16, 30) // 00:30 on 1 August in China
  const fifth = (await env.raise()).id
  await env.ok('staff', 'council', 'answer', { questionId: fifth, status: 'accepted' })
  expect((await env.ok('res-a', 'points', 'balance', {})).earned).toBe(80)
})

test('should carry out an accepted question with milestones to done and keep milestone photos out of lists', async () => {
  const env = await setupCouncil()
  const q = await env.raise()
  const accepted = await env.ok('staff', 'council', 'answer', { questionId: q.id, status: 'accepted' })
  expect(accepted.plan).toEqual({ stage: 'todo', progress: 0, milestones: [] })
  env.clock.now += DAY
  const doing = await env.ok('staff', 'council', 'progress', {
    questionId: q.id,
    stage: 'doing',
    progress: 40,
    note: '已联系周边单位',
    photo: PNG,
  })
  expect(doing.plan).toEqual({
    stage: 'doing',
    progress: 40,
    milestones: [{ at: env.clock.now, note: '已联系周边单位', photo: PNG }],
  })
  expect(await env.code('staff', 'progress', { questionId: q.id, stage: 'todo', note: '倒退一步' })).toBe(
    'CONFLICT',
  )
  expect(await env.code('staff', 'progress', { questionId: q.id, progress: 101, note: '超出范围' })).toBe(
    'INVALID_ARGUMENT',
  )
  expect(await env.code('res-a', 'progress', { questionId: q.id, note: '居民来写' })).toBe(
    'PERMISSION_DENIED',
  )
  const done = await env.ok('staff', 'council', 'progress', {
    questionId: q.id,
    stage: 'done',
    note: '车位已开放',
  })
  expect(done).toMatchObject({ status: 'done', plan: { stage: 'done', progress: 100 } })
  expect(done.plan?.milestones).toHaveLength(2)
  expect(await env.code('staff', 'progress', { questionId: q.id, note: '已经完成了' })).toBe('CONFLICT')
  const list = await env.ok('res-b', 'council', 'list', { sort: 'new' })
  expect(JSON.stringify(list)).not.toContain('base64')
})

test('should refuse progress on a question that is not accepted', async () => {
  const env = await setupCouncil()
  const q = await env.raise()
  expect(await env.code('staff', 'progress', { questionId: q.id, note: '开始落实' })).toBe('CONFLICT')
})

test('should refuse ratings before done and from people who neither raised nor supported it', async () => {
  const env = await setupCouncil()
  const q = await env.raise()
  await env.ok('res-b', 'council', 'support', { questionId: q.id })
  await env.ok('staff', 'council', 'answer', { questionId: q.id, status: 'accepted' })
  expect(await env.code('res-a', 'rate', { questionId: q.id, rating: 'satisfied' })).toBe('CONFLICT')
  await env.ok('staff', 'council', 'progress', { questionId: q.id, stage: 'done', note: '已完成' })
  expect(await env.code('res-c', 'rate', { questionId: q.id, rating: 'satisfied' })).toBe('PERMISSION_DENIED')
  expect(await env.code('nobody', 'rate', { questionId: q.id, rating: 'satisfied' })).toBe('PROFILE_REQUIRED')
  const rated = await env.ok('res-b', 'council', 'rate', { questionId: q.id, rating: 'basic' })
  expect(rated).toMatchObject({ myRating: 'basic', canRate: false, ratings: { basic: 1 }, raters: 2 })
  expect(await env.code('res-b', 'rate', { questionId: q.id, rating: 'satisfied' })).toBe('CONFLICT')
  expect((await env.ok('res-a', 'council', 'detail', { questionId: q.id })).canRate).toBe(true)
})

test('should reopen when more than half of those who may rate are unsatisfied, and rate afresh after the next completion', async () => {
  const env = await setupCouncil()
  const people = await env.residents(4)
  const q = await env.raise()
  for (const who of people) await env.ok(who, 'council', 'support', { questionId: q.id })
  await env.ok('staff', 'council', 'answer', { questionId: q.id, status: 'accepted' })
  await env.ok('staff', 'council', 'progress', { questionId: q.id, stage: 'done', note: '已完成' })
  // 5 may rate (4 supporters and the author): 2 unsatisfied is not more than half, 3 is
  await env.ok(people[0], 'council', 'rate', { questionId: q.id, rating: 'unsatisfied' })
  await env.ok(people[1], 'council', 'rate', { questionId: q.id, rating: 'unsatisfied' })
  await env.ok('res-a', 'council', 'rate', { questionId: q.id, rating: 'satisfied' })
  expect((await env.ok('res-a', 'council', 'detail', { questionId: q.id })).status).toBe('done')
  const reopened = await env.ok(people[2], 'council', 'rate', { questionId: q.id, rating: 'unsatisfied' })
  expect(reopened).toMatchObject({ status: 'reopened', raters: 5, ratings: { unsatisfied: 3, satisfied: 1 } })
  const notices = (await env.db.query('notices', { audience: 'staff:jc-xinhua' })).filter(
    (n) => n.link.id === q.id,
  )
  expect(notices.some((n) => n.body.includes('不满意 3'))).toBe(true)
  expect(await env.code(people[3], 'rate', { questionId: q.id, rating: 'satisfied' })).toBe('CONFLICT')
  await env.ok('staff', 'council', 'progress', { questionId: q.id, stage: 'done', note: '返工完成' })
  const again = await env.ok(people[0], 'council', 'rate', { questionId: q.id, rating: 'satisfied' })
  expect(again).toMatchObject({ status: 'done', ratings: { satisfied: 1, unsatisfied: 0 } })
  const board = await env.ok('res-a', 'council', 'board', {})
  expect(board.satisfaction).toMatchObject({ unsatisfied: 3 })
})

test('should turn a report into a community question linked both ways without naming the reporter', async () => {
  const env = await setupCouncil()
  const ticket = await env.ok('res-a', 'grid', 'report', {
    category: 'parking',
    description: '小区门口每天晚上车辆乱停，消防通道被堵',
    address: '新华社区北门',
    anonymous: true,
    requestId: 'ticket-request-1',
  })
  const q = await env.ok('staff', 'council', 'fromTicket', {
    ticketNo: ticket.ticketNo,
    title: '北门夜间停车秩序怎么管',
    category: 'parking',
  })
  expect(q).toMatchObject({
    status: 'raised',
    authorMasked: '新华社区',
    ticketNo: ticket.ticketNo,
    description: '小区门口每天晚上车辆乱停，消防通道被堵',
    own: true,
  })
  expect(q.author).toBeUndefined()
  expect(JSON.stringify(q)).not.toMatch(/王秀兰|王\*|res-a/)
  const after = await env.ok('res-a', 'grid', 'detail', { ticketNo: ticket.ticketNo })
  expect(after.questionId).toBe(q.id)
  expect(after.status).toBe('submitted')
  expect(after.timeline.at(-1)).toMatchObject({
    note: '已转为居民议事：「北门夜间停车秩序怎么管」',
    status: 'submitted',
  })
  expect(
    await env.code('staff2', 'fromTicket', {
      ticketNo: ticket.ticketNo,
      title: '再转一次的标题',
      category: 'parking',
    }),
  ).toBe('CONFLICT')
  // the staff member who raised it cannot answer it; another one can, and no points are paid
  expect(await env.code('staff', 'answer', { questionId: q.id, status: 'accepted' })).toBe(
    'PERMISSION_DENIED',
  )
  expect(await env.code('staff2', 'answer', { questionId: q.id, status: 'accepted' })).toBe('OK')
  expect((await env.ok('staff', 'points', 'balance', {})).earned).toBe(0)
  expect((await env.ok('res-a', 'points', 'balance', {})).earned).toBe(0)
})

test('should refuse fromTicket to staff of another community, to residents, and for an unknown ticket', async () => {
  const env = await setupCouncil()
  const ticket = await env.ok('res-a', 'grid', 'report', {
    category: 'parking',
    description: '小区门口每天晚上车辆乱停',
    address: '新华社区北门',
    requestId: 'ticket-request-2',
  })
  const data = { ticketNo: ticket.ticketNo, title: '北门夜间停车秩序', category: 'parking' }
  expect(await env.code('staff-far', 'fromTicket', data)).toBe('PERMISSION_DENIED')
  expect(await env.code('res-b', 'fromTicket', data)).toBe('PERMISSION_DENIED')
  expect(await env.code('staff', 'fromTicket', { ...data, ticketNo: 'RC20260101-9999' })).toBe('NOT_FOUND')
  expect(await env.code('staff', 'fromTicket', { ...data, category: 'nope' })).toBe('INVALID_ARGUMENT')
})

test('should leave no openid in council collections after 注销 and keep the question as 已注销用户', async () => {
  const env = await setupCouncil()
  const q = await env.raise()
  const other = await env.raise({}, 'res-b')
  await env.ok('res-a', 'council', 'support', { questionId: other.id })
  await env.ok('staff', 'council', 'answer', { questionId: q.id, status: 'accepted' })
  await env.ok('staff', 'council', 'progress', { questionId: q.id, stage: 'done', note: '已完成' })
  await env.ok('res-a', 'council', 'rate', { questionId: q.id, rating: 'satisfied' })
  await env.ok('res-a', 'user', 'deleteAccount', {})
  for (const name of ['questions', 'supports', 'proposals', 'councilRatings', 'notices'] as const) {
    expect(JSON.stringify(await env.db.query(name, {}))).not.toContain('"res-a"')
  }
  const kept = await env.ok('res-b', 'council', 'detail', { questionId: q.id })
  expect(kept).toMatchObject({ status: 'done', authorMasked: '已注销用户' })
  expect((await env.ok('res-b', 'council', 'detail', { questionId: other.id })).supports).toBe(1)
})

test('should count the board per community and per street with the month top question', async () => {
  const env = await setupCouncil()
  const people = await env.residents(3)
  env.clock.now = Date.UTC(2026, 7, 4) // August: the seed's supports were all placed in July
  const q = await env.raise()
  for (const who of people) await env.ok(who, 'council', 'support', { questionId: q.id })
  const board = await env.ok('res-a', 'council', 'board', {})
  const questions = await env.db.query('questions', { communityId: 'jc-xinhua' })
  const count = (s: string) => questions.filter((x) => x.status === s).length
  expect(board.counts).toEqual({
    raised: count('raised'),
    pending: count('pending'),
    evaluating: count('evaluating'),
    accepted: count('accepted') + count('reopened'),
    done: count('done'),
    rejected: count('rejected'),
  })
  expect(board.resolution).toEqual({
    done: count('done'),
    accepted: count('accepted') + count('reopened') + count('done'),
  })
  expect(board.topOfMonth).toMatchObject({ id: q.id, monthSupports: 3, month: '2026-08' })
  expect(board).toMatchObject({ streetId: 'jincheng', street: '金城街道', community: '新华社区' })
  const street = await env.ok('stranger', 'council', 'board', { streetId: 'jiyang' })
  expect(street).toMatchObject({ streetId: 'jiyang', street: '济阳街道' })
  expect(street.community).toBeUndefined()
  expect(street.satisfaction).toEqual({ satisfied: 3, basic: 1, unsatisfied: 0 })
  expect(street.resolution).toEqual({ done: 1, accepted: 1 })
  expect(await env.code('stranger', 'board', {})).toBe('INVALID_ARGUMENT')
  expect(await env.code('stranger', 'board', { streetId: 'nowhere' })).toBe('NOT_FOUND')
  env.clock.now += 40 * DAY
  expect((await env.ok('res-a', 'council', 'board', {})).topOfMonth).toBeNull()
})
