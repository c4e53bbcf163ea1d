import { COLLECTIONS } from '../../../db/schema'
import { all, at, setupProperty } from './setup'

const X = 'person-x-9Wq2'

test('should clear the person from every 物业红黑榜 collection on 注销 and keep their score counting', async () => {
  const env = await setupProperty()
  const { ok } = env
  // X: resident of 新华苑, 物业 of co-xinyi's (so scoring it is closed to them) — scores co-longze
  // from a 龙行家园 home instead — and staff of 新华社区
  await ok(X, 'user', 'updateProfile', { name: '赵多面', phone: '13811112222', estateId: 'est-longxing' })
  await ok(X, 'user', 'bindRole', { inviteCode: 'XH-PROPERTY-2026' })
  await ok(X, 'user', 'bindRole', { inviteCode: 'JC-STAFF-2026' })
  await ok(X, 'property', 'score', { companyId: 'co-longze', items: all(4), comment: '门岗很负责' })
  await ok(X, 'property', 'record', {
    companyId: 'co-xinyi',
    kind: 'good',
    points: 2,
    reason: '及时修好单元门',
  })
  await ok(X, 'property', 'enterAccounts', {
    estateId: 'est-xinhuayuan',
    month: '2026-07',
    income: [{ category: 'fee', amount: 100_000 }],
    spending: [],
  })
  await ok(X, 'property', 'confirmAccounts', { estateId: 'est-xinhuayuan', month: '2026-06' })
  await ok('staff', 'property', 'confirmAccounts', { estateId: 'est-xinhuayuan', month: '2026-07' })
  await ok(X, 'property', 'reply', { month: '2026-06', text: '感谢居民监督，我们会继续改进服务。' })
  const [question] = (
    await ok('res-a', 'property', 'accounts', { estateId: 'est-xinhuayuan', month: '2026-07' })
  ).questions
  expect(question).toBeUndefined()
  const asked = await ok('res-a', 'property', 'ask', {
    estateId: 'est-xinhuayuan',
    month: '2026-07',
    category: 'fee',
    text: '物业费收缴率多少？',
  })
  await ok(X, 'property', 'answerQuestion', { questionId: asked.id, text: '本月收缴率百分之九十二。' })
  await ok(X, 'user', 'updateProfile', { estateId: 'est-xinhuayuan' })
  await ok(X, 'property', 'ask', {
    estateId: 'est-xinhuayuan',
    month: '2026-07',
    category: 'fee',
    text: '公共收益为什么是零？',
  })

  const text = async () => JSON.stringify(await Promise.all(COLLECTIONS.map((name) => env.db.query(name))))
  expect(await text()).toContain(X)
  await ok(X, 'user', 'deleteAccount')
  expect(await text()).not.toContain(X)

  const [scored] = await env.db.query('propertyScores', { companyId: 'co-longze', month: '2026-07' })
  expect(scored).toMatchObject({ openid: null, items: all(4), comment: '门岗很负责' })
  env.clock.now = at('2026-08-01T08:00:00')
  const july = await ok('anyone', 'property', 'monthly', { companyId: 'co-longze', month: '2026-07' })
  expect(july.scorers).toBe(1)
  const accounts = await ok('res-a', 'property', 'accounts', { estateId: 'est-xinhuayuan', month: '2026-07' })
  expect(accounts.questions.map((q) => [q.text, q.answer?.text])).toEqual([
    ['物业费收缴率多少？', '本月收缴率百分之九十二。'],
    ['公共收益为什么是零？', undefined],
  ])
})
