import { setupCloud } from './harness'

const PHONE = '13912345678'
const OK_PROFILE = { name: '王秀兰', phone: PHONE }

type Case = [name: string, action: string, data: Record<string, unknown>, label: RegExp]

const CASES: Case[] = [
  ['user', 'updateProfile', { ...OK_PROFILE, name: 123 }, /姓名/],
  ['user', 'updateProfile', { ...OK_PROFILE, name: 'Wang123' }, /姓名/],
  ['user', 'updateProfile', { ...OK_PROFILE, name: '  王 ' }, /姓名/],
  ['user', 'updateProfile', { ...OK_PROFILE, name: '王'.repeat(21) }, /姓名/],
  ['user', 'updateProfile', { ...OK_PROFILE, phone: 13912345678 }, /手机号/],
  ['user', 'updateProfile', { ...OK_PROFILE, phone: '12912345678' }, /手机号/],
  ['user', 'updateProfile', { ...OK_PROFILE, phone: '1391234567' }, /手机号/],
  ['user', 'updateProfile', { ...OK_PROFILE, phone: '139123456789' }, /手机号/],
  ['user', 'updateProfile', { ...OK_PROFILE, phone: '139-1234-5678' }, /手机号/],
  ['user', 'updateProfile', { ...OK_PROFILE, communityId: 5 }, /社区/],
  ['user', 'updateProfile', { ...OK_PROFILE, communityId: '' }, /社区/],
  ['user', 'bindRole', {}, /邀请码/],
  ['user', 'bindRole', { inviteCode: 42 }, /邀请码/],
  ['user', 'bindRole', { inviteCode: '   ' }, /邀请码/],
  ['user', 'bindRole', { inviteCode: 'A'.repeat(41) }, /邀请码/],
  ['user', 'setPreferences', {}, /长辈模式/],
  ['user', 'setPreferences', { elderMode: 'yes' }, /长辈模式/],
  ['user', 'setPreferences', { elderMode: 1 }, /长辈模式/],
  ['news', 'list', { street: 5 }, /街道/],
  ['news', 'list', { street: '' }, /街道/],
  ['news', 'list', { limit: 0 }, /每页条数/],
  ['news', 'list', { limit: 51 }, /每页条数/],
  ['news', 'list', { limit: 2.5 }, /每页条数/],
  ['news', 'list', { limit: '10' }, /每页条数/],
  ['news', 'list', { cursor: 7 }, /分页位置/],
  ['news', 'list', { cursor: '' }, /分页位置/],
  ['news', 'list', { cursor: 'news-99' }, /分页位置/],
  ['news', 'detail', {}, /编号/],
  ['news', 'detail', { id: 3 }, /编号/],
  ['news', 'detail', { id: '' }, /编号/],
  ['points', 'ledger', { limit: 0 }, /每页条数/],
  ['points', 'ledger', { limit: 51 }, /每页条数/],
  ['points', 'ledger', { limit: 'ten' }, /每页条数/],
  ['points', 'ledger', { cursor: 1 }, /分页位置/],
  ['points', 'ledger', { cursor: 'tr-nope' }, /分页位置/],
]

async function setupWithState() {
  const env = setupCloud()
  await env.ok('demo-resident-a', 'user', 'updateProfile', {
    name: '王秀兰',
    phone: PHONE,
    communityId: 'jc-xinhua',
  })
  await env.ok('demo-resident-a', 'user', 'setPreferences', { elderMode: true })
  return env
}

test.each(CASES)(
  'should answer INVALID_ARGUMENT for %s.%s %j and change nothing',
  async (name, action, data, label) => {
    const { call, snapshot } = await setupWithState()
    const before = snapshot()

    const result = await call('demo-resident-a', name, action, data)

    expect(result).toEqual({
      ok: false,
      error: { code: 'INVALID_ARGUMENT', message: expect.stringMatching(label) },
    })
    expect(snapshot()).toEqual(before)
  },
)

test('should cover every action that takes input', () => {
  const covered = new Set(CASES.map(([name, action]) => `${name}.${action}`))

  expect([...covered].sort()).toEqual([
    'news.detail',
    'news.list',
    'points.ledger',
    'user.bindRole',
    'user.setPreferences',
    'user.updateProfile',
  ])
})

test.each([
  ['user', 'login'],
  ['user', 'communities'],
  ['user', 'deleteAccount'],
  ['points', 'balance'],
])('should ignore unknown extra fields for %s.%s, which takes no input', async (name, action) => {
  const { call } = await setupWithState()

  const result = await call('demo-resident-b', name, action, {
    openid: 'demo-resident-a',
    junk: { deep: [1] },
  })

  expect(result.ok).toBe(true)
})
