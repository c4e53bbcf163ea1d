import { storedDocs } from '../../../__tests__/harness'
import { PNG, setupCouncil } from './setup'

const DAY = 86_400_000

test('should list the seven categories', async () => {
  const { ok } = await setupCouncil()
  const list = await ok('anyone', 'council', 'categories', {})
  expect(list.map((c) => c.name)).toEqual([
    '停车',
    '垃圾分类',
    '环境卫生',
    '安全',
    '养老托幼',
    '文体活动',
    '其他',
  ])
})

test('should raise a question for the home community with the community threshold', async () => {
  const { raise, clock } = await setupCouncil()
  const q = await raise({ photos: [PNG] })
  expect(q).toMatchObject({
    title: '小区停车难的问题怎么解决',
    status: 'raised',
    communityId: 'jc-xinhua',
    community: '新华社区',
    supports: 0,
    threshold: 10,
    createdAt: clock.now,
    authorMasked: '王秀兰',
    own: true,
    photos: [PNG],
    mySupport: false,
    proposals: [],
  })
})

test('should take the lower threshold of 龙行社区 from the settings', async () => {
  const { raise } = await setupCouncil()
  expect((await raise({}, 'res-far')).threshold).toBe(5)
})

test('should trim text and refuse titles and descriptions out of range', async () => {
  const { raise, call } = await setupCouncil()
  expect((await raise({ title: '  楼道灯坏了很久  ' })).title).toBe('楼道灯坏了很久')
  const bad = [
    { title: '停车难' },
    { title: '停'.repeat(31) },
    { description: '太短了' },
    { description: '字'.repeat(501) },
    { category: 'nope' },
    { photos: [PNG, PNG, PNG, PNG] },
    { photos: ['ftp://x/y.png'] },
  ]
  for (const extra of bad) {
    const result = await call('res-a', 'council', 'raise', {
      title: '小区停车难的问题',
      description: '晚上七点以后小区里基本找不到车位',
      category: 'parking',
      requestId: 'bad-request-1',
      ...extra,
    })
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } })
  }
})

test('should require a profile to raise, the own community, and a community when there is no home one', async () => {
  const { call, ok, code } = await setupCouncil()
  const data = {
    title: '小区停车难的问题',
    description: '晚上七点以后小区里基本找不到车位',
    category: 'parking',
  }
  expect(await code('nobody', 'raise', { ...data, requestId: 'req-nobody-1' })).toBe('PROFILE_REQUIRED')
  expect(
    await code('res-a', 'raise', { ...data, communityId: 'jy-longxing', requestId: 'req-other-1' }),
  ).toBe('PERMISSION_DENIED')
  await ok('homeless', 'user', 'updateProfile', { name: '周游', phone: '13800001111' })
  const none = await call('homeless', 'council', 'raise', { ...data, requestId: 'req-homeless-1' })
  expect(none).toMatchObject({
    ok: false,
    error: { code: 'INVALID_ARGUMENT', message: expect.stringContaining('社区') },
  })
  expect(
    await code('homeless', 'raise', { ...data, communityId: 'nowhere', requestId: 'req-homeless-2' }),
  ).toBe('NOT_FOUND')
  expect(
    await code('homeless', 'raise', { ...data, communityId: 'jc-xinhua', requestId: 'req-homeless-3' }),
  ).toBe('OK')
})

test('should refuse a 4th open question with QUOTA_EXCEEDED', async () => {
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
  expect(first.status).toBe('raised')
})

test('should answer a repeated requestId with the first question, photos included, and keep photos out of the record', async () => {
  const { ok, storage } = await setupCouncil()
  const data = {
    title: '小区停车难的问题',
    description: '晚上七点以后小区里基本找不到车位',
    category: 'parking',
    photos: [PNG],
    requestId: 'same-raise-1',
  }
  const [a, b] = await Promise.all([
    ok('res-a', 'council', 'raise', data),
    ok('res-a', 'council', 'raise', data),
  ])
  expect(b).toEqual(a)
  expect(b.photos).toEqual([PNG])
  const mine = (await ok('res-a', 'council', 'list', { sort: 'new' })).items.filter(
    (q) => q.title === data.title,
  )
  expect(mine).toHaveLength(1)
  if (!process.env.CLOUD_STORE)
    expect(JSON.stringify(storedDocs(storage, 'requests'))).not.toContain('base64')
})

test('should list by support, by newest, pending first for staff, and leave photos out', async () => {
  const { ok, raise, clock } = await setupCouncil()
  clock.now += 1000
  await raise({ photos: [PNG] })
  const bySupport = (await ok('res-a', 'council', 'list', {})).items
  const supports = bySupport.map((q) => q.supports)
  expect(supports).toEqual([...supports].sort((a, b) => b - a))
  expect(bySupport.map((q) => q.status)).not.toContain('withdrawn')
  const byNew = (await ok('res-a', 'council', 'list', { sort: 'new' })).items
  expect(byNew[0].title).toBe('小区停车难的问题怎么解决')
  expect(byNew.map((q) => q.createdAt)).toEqual([...byNew.map((q) => q.createdAt)].sort((a, b) => b - a))
  expect(JSON.stringify(byNew)).not.toContain('base64')
  expect(byNew[0]).not.toHaveProperty('photos')
  const staff = (await ok('staff', 'council', 'list', {})).items
  expect(staff[0].status).toBe('pending')
  expect(bySupport[0].status).toBe('accepted') // 11 supports, more than the pending one's 10
  expect((await ok('staff', 'council', 'list', { sort: 'support' })).items[0].status).toBe('accepted')
  const pending = (await ok('res-a', 'council', 'list', { status: 'pending' })).items
  expect(pending.length).toBeGreaterThan(0)
  expect(pending.every((q) => q.status === 'pending')).toBe(true)
})

test('should page the list with cursors without skipping or repeating', async () => {
  const { ok, raise, clock, residents } = await setupCouncil()
  const people = await residents(3)
  for (const who of people) {
    for (let i = 0; i < 3; i += 1) {
      clock.now += 60_000
      await raise({}, who)
    }
  }
  const all = (await ok('res-a', 'council', 'list', { sort: 'new', limit: 50 })).items
  const seen: string[] = []
  let cursor: string | undefined
  do {
    const page = await ok('res-a', 'council', 'list', { sort: 'new', limit: 4, cursor })
    expect(page.items.length).toBeLessThanOrEqual(4)
    seen.push(...page.items.map((q) => q.id))
    cursor = page.nextCursor ?? undefined
  } while (cursor)
  expect(seen).toEqual(all.map((q) => q.id))
  expect(new Set(seen).size).toBe(seen.length)
  expect(seen.length).toBeGreaterThan(9)
})

test('should ask to choose a community when listing without one and without a home community', async () => {
  const { call, ok } = await setupCouncil()
  expect(await call('stranger', 'council', 'list', {})).toMatchObject({
    ok: false,
    error: { code: 'INVALID_ARGUMENT', message: expect.stringContaining('选择社区') },
  })
  expect(
    (await ok('stranger', 'council', 'list', { communityId: 'jy-longxing' })).items.length,
  ).toBeGreaterThan(0)
})

test('should mask author names to others, show them in full to the author, and name 新华社区 for a community question', async () => {
  const { ok, raise } = await setupCouncil()
  const q = await raise()
  const others = (await ok('res-b', 'council', 'list', { sort: 'new' })).items.find((i) => i.id === q.id)
  expect(others?.authorMasked).toBe('王**')
  expect((await ok('res-b', 'council', 'detail', { questionId: q.id })).author).toBeUndefined()
  expect((await ok('staff', 'council', 'detail', { questionId: q.id })).author).toEqual({ name: '王秀兰' })
  const seeded = (await ok('res-b', 'council', 'list', { sort: 'new', limit: 50 })).items
  expect(seeded.every((i) => i.authorMasked === '王秀兰' || i.authorMasked.includes('*'))).toBe(true)
  expect(JSON.stringify(await ok('staff', 'council', 'detail', { questionId: q.id }))).not.toMatch(/1390000/)
})

test('should find open questions of the community whose titles share words', async () => {
  const { ok, raise } = await setupCouncil()
  await raise({ title: '电梯经常停运影响出行' })
  const found = await ok('res-b', 'council', 'similar', { title: '晚上停车位太少了' })
  expect(found.map((q) => q.title)).toContain('晚上回来找不到车位，能否错时共享停车')
  expect(found.map((q) => q.title)).not.toContain('电梯经常停运影响出行')
  expect(found.map((q) => q.title)).not.toContain('中心花园增设夜间烧烤区') // rejected: not open
  expect(await ok('res-b', 'council', 'similar', { title: '社区的问题' })).toEqual([])
  const far = await ok('stranger', 'council', 'similar', { communityId: 'jy-longxing', title: '充电桩太少' })
  expect(far.map((q) => q.title)).toEqual(['电动车飞线充电多，希望增设充电桩'])
  expect(found.length).toBeLessThanOrEqual(5)
})

test('should show a question to a resident of another community, with proposals by title only', async () => {
  const { ok } = await setupCouncil()
  const q = await ok('res-far', 'council', 'detail', { questionId: 'q-seed-xh-sorting' })
  expect(q).toMatchObject({
    status: 'accepted',
    mySupport: false,
    proposals: [{ title: '议事员 · 民盟' }],
    plan: { stage: 'doing', progress: 60 },
    answer: { status: 'accepted' },
  })
  expect(q.plan?.milestones).toHaveLength(2)
  expect(await ok('res-far', 'council', 'detail', { questionId: 'q-seed-lx-lights' })).toMatchObject({
    status: 'done',
    ratings: { satisfied: 3, basic: 1, unsatisfied: 0 },
    raters: 6,
  })
})

test('should seed no supports by the demo identities and questions in several statuses', async () => {
  const { db, clock } = await setupCouncil()
  const supports = await db.query('supports', { communityId: 'jc-xinhua' })
  expect(supports.some((s) => s.openid?.startsWith('demo-'))).toBe(false)
  const statuses = new Set((await db.query('questions', { streetId: 'jiyang' })).map((q) => q.status))
  for (const s of ['raised', 'evaluating', 'done']) expect(statuses.has(s as never)).toBe(true)
  const xinhua = new Set((await db.query('questions', { streetId: 'jincheng' })).map((q) => q.status))
  for (const s of ['raised', 'pending', 'accepted', 'rejected']) expect(xinhua.has(s as never)).toBe(true)
  const all = await db.query('questions', { streetId: 'jincheng' })
  expect(all.every((q) => q.createdAt <= clock.now && q.createdAt > clock.now - 60 * DAY)).toBe(true)
})
