/** The on-device store's keys (no PostgreSQL counterpart: jest leaves *.device.test.ts out of npm run test:pg). */
import { setupCloud, storedText } from '../../../__tests__/harness'

const PHONE = '13912345678'

async function setupResident(openid = 'resident-x') {
  const env = setupCloud()
  await env.ok(openid, 'user', 'login')
  return { ...env, openid }
}

test('should store the phone in full but only ever answer it masked', async () => {
  const { ok, openid, storage } = await setupResident()

  const saved = await ok(openid, 'user', 'updateProfile', {
    name: '  王秀兰 ',
    phone: PHONE,
    communityId: 'jc-xinhua',
  })
  const login = await ok(openid, 'user', 'login')

  expect(saved.profile).toEqual({ name: '王秀兰', phoneMasked: '139****5678', communityId: 'jc-xinhua' })
  expect(login.profile).toEqual(saved.profile)
  expect(JSON.stringify([saved, login])).not.toContain(PHONE)
  expect(storedText(storage, 'users')).toContain(PHONE)
})
