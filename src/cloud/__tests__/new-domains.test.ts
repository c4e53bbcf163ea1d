import { PERSONAL_FIELDS } from '../db/schema'
import { setupCloud } from './harness'

const PHONE = '13912345678'

test('should bind the 议事员 role with its community and display title, once', async () => {
  const { ok, call } = setupCloud()

  const view = await ok('adviser-1', 'user', 'bindRole', { inviteCode: 'xh-adviser-2026 ' })
  const again = await call('adviser-1', 'user', 'bindRole', { inviteCode: 'JY-ADVISER-2026' })

  expect(view.roles).toEqual(['resident', 'adviser'])
  expect(view.adviser).toEqual({ communityId: 'jc-xinhua', title: '议事员 · 民盟' })
  expect(again).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
  expect((await ok('adviser-1', 'user', 'login')).adviser).toEqual(view.adviser)
})

test('should show a notice to the person it names and to the staff of the community it names, no one else', async () => {
  const { ok, db, clock } = setupCloud()
  await ok('staff-xh', 'user', 'bindRole', { inviteCode: 'JC-STAFF-2026' })
  await ok('staff-jy', 'user', 'bindRole', { inviteCode: 'JY-STAFF-2026' })
  await db.transaction(async (tx) => {
    const link = { kind: 'question' as const, id: 'q-1' }
    await tx.insert('notices', {
      _id: 'n-1',
      audience: 'resident-a',
      at: clock.now - 60_000,
      title: '你的议事有了答复',
      body: 'x',
      link,
    })
    await tx.insert('notices', {
      _id: 'n-2',
      audience: 'staff:jc-xinhua',
      at: clock.now - 30_000,
      title: '有议事待答复',
      body: 'y',
      link,
    })
  })
  const ids = async (openid: string) =>
    (await ok(openid, 'messages', 'list', {})).items
      .filter((m) => m.id.startsWith('notice:'))
      .map((m) => m.id)

  expect(await ids('resident-a')).toEqual(['notice:n-1'])
  expect(await ids('staff-xh')).toEqual(['notice:n-2'])
  expect(await ids('staff-jy')).toEqual([])
  expect(await ids('resident-b')).toEqual([])
})

test('should clear or remove every PERSONAL_FIELDS field of the person on 注销, leaving others untouched', async () => {
  const { ok, db } = setupCloud()
  await ok('leaver', 'user', 'updateProfile', { name: '王秀兰', phone: PHONE })
  await db.transaction(async (tx) => {
    const link = { kind: 'question' as const, id: 'q-1' }
    for (const who of ['leaver', 'stayer']) {
      await tx.insert('notices', { _id: `n-${who}`, audience: who, at: 1, title: 't', body: 'b', link })
      await tx.insert('supports', {
        _id: `s-${who}`,
        questionId: 'q-1',
        openid: who,
        communityId: 'jc-xinhua',
        streetId: 'jincheng',
        at: 1,
      })
    }
  })

  await ok('leaver', 'user', 'deleteAccount')

  const left = await db.transaction(async (tx) => ({
    notices: (await tx.query('notices', {})).map((n) => n._id),
    supports: (await tx.query('supports', { questionId: 'q-1' })).map((s) => [s._id, s.openid]),
  }))
  expect(left).toEqual({
    notices: ['n-stayer'],
    supports: [
      ['s-leaver', null],
      ['s-stayer', 'stayer'],
    ],
  })
  expect(PERSONAL_FIELDS.map(([name, field]) => `${name}.${field}`)).toEqual(
    expect.arrayContaining(['notices.audience', 'supports.openid', 'questions.authorId']),
  )
})
