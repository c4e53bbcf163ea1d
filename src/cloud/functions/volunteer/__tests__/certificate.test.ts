import { HOUR, MIN, STAFF, setupVolunteer } from './setup'

const fail = (code: string) => ({ ok: false, error: expect.objectContaining({ code }) })

/** Two residents signed up; vol-0 served the whole activity and checked out, vol-1 only signed up. */
async function setupServed() {
  const env = await setupVolunteer({ residents: 2 })
  const [served, onlySigned] = env.residents
  env.at(env.activity.startAt)
  await env.ok(served, 'volunteer', 'checkIn', { code: (await env.code('in')).code })
  env.at(env.activity.endAt + 5 * MIN)
  await env.ok(served, 'volunteer', 'checkIn', { code: (await env.code('out')).code })
  return { ...env, served, onlySigned }
}

test('should certify only completed service, with the name, hours, points and issuing 街道', async () => {
  const { ok, served, activity } = await setupServed()

  const cert = await ok(served, 'volunteer', 'certificate')

  expect(cert).toMatchObject({
    name: '志愿者甲',
    street: '金城街道',
    minutes: 120,
    points: 20,
    activities: [{ title: activity.title, startAt: activity.startAt, minutes: 120 }],
  })
  expect(cert.code).toMatch(/^[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$/)
})

test('should refuse a certificate without completed service, and without a profile', async () => {
  const { call, onlySigned, snapshot } = await setupServed()
  const before = snapshot()

  expect(await call(onlySigned, 'volunteer', 'certificate')).toEqual(fail('NOT_FOUND'))
  expect(await call('nobody', 'volunteer', 'certificate')).toEqual(fail('PROFILE_REQUIRED'))
  expect(snapshot()).toEqual(before)
})

test('should answer the same certificate until the service changes, with unguessable codes', async () => {
  const { ok, db, served } = await setupServed()

  const first = await ok(served, 'volunteer', 'certificate')
  const again = await ok(served, 'volunteer', 'certificate')
  await ok(served, 'user', 'updateProfile', { name: '王秀英' })
  const renamed = await ok(served, 'volunteer', 'certificate')

  expect(again.code).toBe(first.code)
  expect(renamed.code).not.toBe(first.code)
  expect(renamed.name).toBe('王秀英')
  expect(await db.query('certificates')).toHaveLength(2)
})

test('should let staff verify a code (typed loosely) and see the holder masked', async () => {
  const { ok, served } = await setupServed()
  const cert = await ok(served, 'volunteer', 'certificate')

  const checked = await ok(STAFF, 'volunteer', 'verifyCertificate', {
    code: ` ${cert.code.replace(/-/g, ' ').toLowerCase()} `,
  })

  expect(checked).toEqual({
    code: cert.code,
    holderMasked: '志***',
    street: '金城街道',
    issuedAt: cert.issuedAt,
    minutes: 120,
    points: 20,
    activities: 1,
  })
  expect(JSON.stringify(checked)).not.toContain('志愿者甲')
})

test('should refuse a forged code, a malformed one, and a resident who is not staff', async () => {
  const { ok, call, served } = await setupServed()
  const cert = await ok(served, 'volunteer', 'certificate')
  const last = cert.code.slice(-1)
  const forged = cert.code.slice(0, -1) + (last === '2' ? '3' : '2')

  expect(await call(STAFF, 'volunteer', 'verifyCertificate', { code: forged })).toEqual(fail('NOT_FOUND'))
  expect(await call(STAFF, 'volunteer', 'verifyCertificate', { code: 'VC-1' })).toEqual(
    fail('INVALID_ARGUMENT'),
  )
  expect(await call(served, 'volunteer', 'verifyCertificate', { code: cert.code })).toEqual(
    fail('PERMISSION_DENIED'),
  )
})

test('should forget the certificates of a holder who 注销s', async () => {
  const { ok, call, served } = await setupServed()
  const cert = await ok(served, 'volunteer', 'certificate')

  await ok(served, 'user', 'deleteAccount')

  expect(await call(STAFF, 'volunteer', 'verifyCertificate', { code: cert.code })).toEqual(fail('NOT_FOUND'))
})

test('should total completed service per year in mine, newest year first', async () => {
  const { ok, at, served, env } = await (async () => {
    const base = await setupServed()
    return { ...base, env: base }
  })()
  const nextYear = env.activity.startAt + 370 * 24 * HOUR
  at(nextYear - 3 * HOUR)
  const later = await ok(STAFF, 'volunteer', 'create', {
    title: '敬老院陪伴',
    description: '',
    place: '新华社区敬老院',
    startAt: nextYear,
    endAt: nextYear + HOUR,
    quota: 5,
    points: 8,
  })
  await ok(served, 'volunteer', 'signUp', { activityId: later.id })
  at(nextYear)
  await ok(served, 'volunteer', 'checkIn', {
    code: (await ok(STAFF, 'volunteer', 'issueCode', { activityId: later.id, kind: 'in' })).code,
  })
  at(nextYear + HOUR)
  await ok(served, 'volunteer', 'checkIn', {
    code: (await ok(STAFF, 'volunteer', 'issueCode', { activityId: later.id, kind: 'out' })).code,
  })

  const mine = await ok(served, 'volunteer', 'mine')

  const year = (ms: number) => new Date(ms + 8 * HOUR).getUTCFullYear()
  expect(mine.byYear).toEqual([
    { year: year(nextYear), minutes: 60, points: 8, activities: 1 },
    { year: year(env.activity.startAt), minutes: 120, points: 20, activities: 1 },
  ])
})
