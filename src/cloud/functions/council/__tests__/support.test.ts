import { setupCouncil } from './setup'

test('should count a support once and refuse a second one with CONFLICT', async () => {
  const { ok, raise, code } = await setupCouncil()
  const q = await raise()
  const supported = await ok('res-b', 'council', 'support', { questionId: q.id })
  expect(supported).toMatchObject({ supports: 1, mySupport: true })
  expect(await code('res-b', 'support', { questionId: q.id })).toBe('CONFLICT')
  expect((await ok('res-a', 'council', 'detail', { questionId: q.id })).supports).toBe(1)
})

test('should refuse support from another community and for one own question with PERMISSION_DENIED', async () => {
  const { raise, code } = await setupCouncil()
  const q = await raise()
  expect(await code('res-far', 'support', { questionId: q.id })).toBe('PERMISSION_DENIED')
  expect(await code('res-a', 'support', { questionId: q.id })).toBe('PERMISSION_DENIED')
  expect(await code('nobody', 'support', { questionId: q.id })).toBe('PROFILE_REQUIRED')
  expect(await code('res-b', 'support', { questionId: 'q-none' })).toBe('NOT_FOUND')
  expect(await code('res-b', 'support', {})).toBe('INVALID_ARGUMENT')
})

test('should let a supporter take it back while raised and support again', async () => {
  const { ok, raise, code } = await setupCouncil()
  const q = await raise()
  await ok('res-b', 'council', 'support', { questionId: q.id })
  expect(await ok('res-b', 'council', 'unsupport', { questionId: q.id })).toMatchObject({
    supports: 0,
    mySupport: false,
  })
  expect(await code('res-b', 'unsupport', { questionId: q.id })).toBe('CONFLICT')
  expect((await ok('res-b', 'council', 'support', { questionId: q.id })).supports).toBe(1)
})

test('should refuse unsupport once pending and support once answered', async () => {
  const { ok, code } = await setupCouncil()
  // seeded: 老年食堂 is pending (10 supports by seed residents), 垃圾分类 accepted
  await ok('res-b', 'council', 'support', { questionId: 'q-seed-xh-canteen' })
  expect(await code('res-b', 'unsupport', { questionId: 'q-seed-xh-canteen' })).toBe('CONFLICT')
  expect(await code('res-b', 'support', { questionId: 'q-seed-xh-sorting' })).toBe('CONFLICT')
  expect(await code('res-b', 'support', { questionId: 'q-seed-xh-bbq' })).toBe('CONFLICT')
})

test('should count 20 concurrent supports from 20 residents and cross the threshold once', async () => {
  const { ok, raise, residents, db } = await setupCouncil()
  const people = await residents(20)
  const q = await raise()
  const answers = await Promise.all(people.map((who) => ok(who, 'council', 'support', { questionId: q.id })))
  expect(answers).toHaveLength(20)
  const after = await ok('res-a', 'council', 'detail', { questionId: q.id })
  expect(after).toMatchObject({ supports: 20, status: 'pending' })
  expect((await db.query('supports', { questionId: q.id })).length).toBe(20)
  const staffNotices = (await db.query('notices', { audience: 'staff:jc-xinhua' })).filter(
    (n) => n.link.id === q.id,
  )
  expect(staffNotices).toHaveLength(1)
  const authorNotices = (await db.query('notices', { audience: 'res-a' })).filter((n) => n.link.id === q.id)
  expect(authorNotices).toHaveLength(1)
})

test('should move raised to pending at exactly the threshold and tell staff through messages', async () => {
  const { ok, raise, residents } = await setupCouncil()
  const people = await residents(10)
  const q = await raise()
  for (const who of people.slice(0, 9)) await ok(who, 'council', 'support', { questionId: q.id })
  expect((await ok('res-a', 'council', 'detail', { questionId: q.id })).status).toBe('raised')
  await ok(people[9], 'council', 'support', { questionId: q.id })
  expect((await ok('res-a', 'council', 'detail', { questionId: q.id })).status).toBe('pending')
  const messages = await ok('staff', 'messages', 'list', {})
  expect(messages.items.some((m) => m.kind === 'question' && m.link?.id === q.id)).toBe(true)
})

test('should let the author withdraw while raised or pending, nobody else, and not after', async () => {
  const { raise, code, ok } = await setupCouncil()
  const q = await raise()
  expect(await code('res-b', 'withdraw', { questionId: q.id })).toBe('PERMISSION_DENIED')
  expect(await ok('res-a', 'council', 'withdraw', { questionId: q.id })).toMatchObject({
    status: 'withdrawn',
  })
  expect(await code('res-a', 'withdraw', { questionId: q.id })).toBe('CONFLICT')
  expect(await code('seed-xh-02', 'withdraw', { questionId: 'q-seed-xh-sorting' })).toBe('CONFLICT')
  expect(await code('seed-xh-05', 'withdraw', { questionId: 'q-seed-xh-canteen' })).toBe('OK')
})

test('should allow a new question after withdrawing one of three open ones', async () => {
  const { raise, code } = await setupCouncil()
  const first = await raise()
  await raise()
  await raise()
  const fourth = {
    title: '第四个议题的标题',
    description: '这是第四个议题的问题描述',
    category: 'other',
    requestId: 'fourth-req-1',
  }
  expect(await code('res-a', 'raise', fourth)).toBe('QUOTA_EXCEEDED')
  expect(await code('res-a', 'withdraw', { questionId: first.id })).toBe('OK')
  expect(await code('res-a', 'raise', fourth)).toBe('OK')
})

test('should show an adviser proposal with the title only and tell the author', async () => {
  const { ok, raise, db } = await setupCouncil()
  const q = await raise()
  const text = '建议与周边单位协商夜间错时共享停车位，先试行三个月。'
  const after = await ok('adviser', 'council', 'propose', { questionId: q.id, text: `  ${text}  ` })
  expect(after.proposals).toEqual([
    { id: expect.any(String), title: '议事员 · 民盟', text, at: expect.any(Number) },
  ])
  expect(JSON.stringify(after)).not.toContain('"adviser"')
  expect((await db.query('notices', { audience: 'res-a' })).some((n) => n.link.id === q.id)).toBe(true)
})

test('should refuse proposals on rejected questions, from advisers of another community and from non-advisers', async () => {
  const { raise, code } = await setupCouncil()
  const q = await raise()
  const text = '建议与周边单位协商夜间错时共享停车位。'
  expect(await code('adviser', 'propose', { questionId: 'q-seed-xh-bbq', text })).toBe('CONFLICT')
  expect(await code('adviser-far', 'propose', { questionId: q.id, text })).toBe('PERMISSION_DENIED')
  expect(await code('res-b', 'propose', { questionId: q.id, text })).toBe('PERMISSION_DENIED')
  expect(await code('adviser', 'propose', { questionId: q.id, text: '太短了' })).toBe('INVALID_ARGUMENT')
  expect(await code('adviser', 'propose', { questionId: q.id, text: '长'.repeat(801) })).toBe(
    'INVALID_ARGUMENT',
  )
  expect(await code('adviser', 'propose', { questionId: 'q-none', text })).toBe('NOT_FOUND')
  await code('res-a', 'withdraw', { questionId: q.id })
  expect(await code('adviser', 'propose', { questionId: q.id, text })).toBe('CONFLICT')
})
