import { DEMO_INVITE_CODES } from '../../../../contract/demo'
import { setupCloud } from '../../../__tests__/harness'

const PHONE = '13912345678'

async function setupResident(openid = 'resident-x') {
  const env = setupCloud()
  await env.ok(openid, 'user', 'login')
  return { ...env, openid }
}

test('should create the record on first login with the resident role and no profile', async () => {
  const { ok } = setupCloud()

  const first = await ok('newcomer', 'user', 'login')
  const again = await ok('newcomer', 'user', 'login')

  expect(first).toEqual({ openid: 'newcomer', profile: null, roles: ['resident'], elderMode: false })
  expect(again).toEqual(first)
})

test('should keep the home community when a later update leaves it out', async () => {
  const { ok, openid } = await setupResident()
  await ok(openid, 'user', 'updateProfile', { name: '王秀兰', phone: PHONE, communityId: 'jy-liuhang' })

  const updated = await ok(openid, 'user', 'updateProfile', { name: '王秀兰', phone: '15000001111' })

  expect(updated.profile).toEqual({ name: '王秀兰', phoneMasked: '150****1111', communityId: 'jy-liuhang' })
})

test('should change only the fields an update carries: a new name keeps the phone', async () => {
  const { ok, openid } = await setupResident()
  await ok(openid, 'user', 'updateProfile', { name: '王秀兰', phone: PHONE, communityId: 'jc-xinhua' })

  const renamed = await ok(openid, 'user', 'updateProfile', { name: '王秀英' })
  const rephoned = await ok(openid, 'user', 'updateProfile', { phone: '15000001111' })

  expect(renamed.profile).toEqual({ name: '王秀英', phoneMasked: '139****5678', communityId: 'jc-xinhua' })
  expect(rephoned.profile).toEqual({ name: '王秀英', phoneMasked: '150****1111', communityId: 'jc-xinhua' })
})

test('should need name and phone on the first call, and refuse a name with digits, changing nothing', async () => {
  const { call, openid, snapshot } = await setupResident()
  const before = snapshot()

  const nameOnly = await call(openid, 'user', 'updateProfile', { name: '王秀兰' })
  const phoneOnly = await call(openid, 'user', 'updateProfile', { phone: PHONE })
  const digits = await call(openid, 'user', 'updateProfile', { name: 'Wang123', phone: PHONE })
  const wide = await call(openid, 'user', 'updateProfile', { name: '王秀兰２', phone: PHONE })

  expect(nameOnly).toEqual({ ok: false, error: { code: 'INVALID_ARGUMENT', message: '缺少手机号' } })
  expect(phoneOnly).toEqual({ ok: false, error: { code: 'INVALID_ARGUMENT', message: '缺少姓名' } })
  expect(digits).toEqual({
    ok: false,
    error: { code: 'INVALID_ARGUMENT', message: '姓名不能包含数字，请填写真实姓名' },
  })
  expect(wide).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } })
  expect(snapshot()).toEqual(before)
})

test('should refuse a later name with digits and keep the profile as it was', async () => {
  const { ok, call, openid } = await setupResident()
  await ok(openid, 'user', 'updateProfile', { name: 'Wang Li', phone: PHONE })

  const refused = await call(openid, 'user', 'updateProfile', { name: 'Wang123' })

  expect(refused).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } })
  expect((await ok(openid, 'user', 'login')).profile?.name).toBe('Wang Li')
})

test('should answer NOT_FOUND for an unknown community and change nothing', async () => {
  const { call, openid, snapshot } = await setupResident()
  const before = snapshot()

  const result = await call(openid, 'user', 'updateProfile', {
    name: '王秀兰',
    phone: PHONE,
    communityId: 'nowhere',
  })

  expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  expect(snapshot()).toEqual(before)
})

test('should bind staff of 新华社区 and the clerk of 易捷便利店 新华社区店 with the demo codes', async () => {
  const { ok, openid } = await setupResident()

  const staff = await ok(openid, 'user', 'bindRole', { inviteCode: 'JC-STAFF-2026' })
  const both = await ok(openid, 'user', 'bindRole', { inviteCode: ' yj-clerk-2026 ' })

  expect(staff.roles).toEqual(['resident', 'staff'])
  expect(staff.staff).toEqual({ communityId: 'jc-xinhua', community: '新华社区', street: '金城街道' })
  expect(both.roles).toEqual(['resident', 'staff', 'clerk'])
  expect(both.clerk).toEqual({ shopId: 'shop-yj-xinhua', shopName: '易捷便利店 新华社区店' })
  expect((await ok(openid, 'user', 'login')).clerk).toEqual(both.clerk)
})

test('should let every listed demo code bind a role', async () => {
  const { ok } = setupCloud()

  for (const [i, { code, role }] of DEMO_INVITE_CODES.entries()) {
    const view = await ok(`visitor-${i}`, 'user', 'bindRole', { inviteCode: code })
    expect(view.roles).toContain(role)
    expect(view[role]).toBeDefined()
  }
})

test('should answer NOT_FOUND for an unknown code and CONFLICT for a role already held', async () => {
  const { call, ok, openid, snapshot } = await setupResident()
  await ok(openid, 'user', 'bindRole', { inviteCode: 'JC-STAFF-2026' })
  const before = snapshot()

  const unknown = await call(openid, 'user', 'bindRole', { inviteCode: 'XX-STAFF-2026' })
  const same = await call(openid, 'user', 'bindRole', { inviteCode: 'JC-STAFF-2026' })
  const otherCommunity = await call(openid, 'user', 'bindRole', { inviteCode: 'JY-STAFF-2026' })

  expect(unknown).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  expect(same).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
  expect(otherCommunity).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
  expect(snapshot()).toEqual(before)
})

test('should keep 长辈模式 across logins and across a restart over the same storage', async () => {
  const { ok, openid, storage } = await setupResident()

  const on = await ok(openid, 'user', 'setPreferences', { elderMode: true })
  const restarted = setupCloud({ storage })

  expect(on.elderMode).toBe(true)
  expect((await ok(openid, 'user', 'login')).elderMode).toBe(true)
  expect((await restarted.ok(openid, 'user', 'login')).elderMode).toBe(true)
  expect((await ok(openid, 'user', 'setPreferences', { elderMode: false })).elderMode).toBe(false)
})

test('should remove every personal detail on 注销 and keep the ledger, anonymised', async () => {
  const { ok, storage, db } = setupCloud()
  const openid = 'demo-resident-a'
  await ok(openid, 'user', 'updateProfile', { name: '王秀兰', phone: PHONE, communityId: 'jc-xinhua' })
  await ok(openid, 'user', 'bindRole', { inviteCode: 'JC-STAFF-2026' })
  await ok(openid, 'user', 'setPreferences', { elderMode: true })
  const transfersBefore = await db.query('transfers')

  expect(await ok(openid, 'user', 'deleteAccount')).toEqual({ deleted: true })

  const everything = storage
    .keys()
    .map((key) => storage.getItem(key))
    .join('\n')
  expect(everything).not.toContain(PHONE)
  expect(everything).not.toContain('王秀兰')
  expect(everything).not.toContain(openid)
  expect(await db.query('transfers')).toEqual(transfersBefore)
  const accounts = await db.query('accounts')
  expect(accounts.reduce((sum, a) => sum + a.creditsPosted - a.debitsPosted, 0)).toBe(0)
  const fresh = await ok(openid, 'user', 'login')
  expect(fresh).toEqual({ openid, profile: null, roles: ['resident'], elderMode: false })
  expect(await ok(openid, 'points', 'balance')).toEqual({ available: 0, held: 0, earned: 0, spent: 0 })
})

test('should list the district 街道 with their 社区', async () => {
  const { ok } = setupCloud()

  const streets = await ok('anyone', 'user', 'communities')

  expect(streets[0]).toEqual({
    street: '金城街道',
    communities: [
      { id: 'jc-xinhua', name: '新华社区' },
      { id: 'jc-guanghe', name: '洸河社区' },
    ],
  })
  expect(streets.find((s) => s.street === '济阳街道')?.communities.map((c) => c.name)).toEqual([
    '龙行社区',
    '电苑社区',
    '南门社区',
    '柳行社区',
  ])
  expect(streets.every((s) => s.communities.length > 0)).toBe(true)
})
