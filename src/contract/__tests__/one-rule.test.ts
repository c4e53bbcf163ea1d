import type { GenericSchema } from 'valibot'
import { START, setupCloud } from '../../cloud/__tests__/harness'
import { checkForm } from '../../lib/check-form'
import { bookingSheetInput } from '../schemas/events'
import { advanceInput, rateInput, reportFormInput } from '../schemas/grid'
import { orderCodeInput, redeemInput } from '../schemas/shop'
import { bindRoleInput, updateProfileInput } from '../schemas/user'
import { activityInputAt } from '../schemas/volunteer'

const HOUR = 3_600_000
const PHONE = '13912345678'
const RESIDENT = 'res-a'
const HOMELESS = 'res-b'
const STAFF = 'staff-a'
const CLERK = 'clerk-a'

const ACTIVITY = {
  title: '河道清理',
  description: '',
  place: '洸府河',
  startAt: START + HOUR,
  endAt: START + 3 * HOUR,
  quota: 5,
  points: 5,
}
const REPORT = {
  category: 'sanitation',
  communityId: 'jc-xinhua',
  description: '楼下垃圾桶满了三天没人清运',
  address: '新华社区 3 号楼',
  requestId: 'one-rule-1',
}
const PNG = 'data:image/png;base64,iVBORw0KGgo='

async function setupRules() {
  const env = setupCloud()
  await env.ok(RESIDENT, 'user', 'updateProfile', { name: '王秀兰', phone: PHONE, communityId: 'jc-xinhua' })
  await env.ok(HOMELESS, 'user', 'updateProfile', { name: '赵强', phone: '13700001111' })
  await env.ok(STAFF, 'user', 'bindRole', { inviteCode: 'JC-STAFF-2026' })
  await env.ok(CLERK, 'user', 'bindRole', { inviteCode: 'YJ-CLERK-2026' })
  const [gaokao] = (await env.ok(RESIDENT, 'events', 'detail', { eventId: 'ev-gaokao' })).sessions
  const [goods] = await env.ok(RESIDENT, 'shop', 'listGoods', { shopId: 'shop-yj-xinhua' })
  /** The cloud's message for `data`, which must be refused as INVALID_ARGUMENT with nothing changed. */
  async function cloudSays(caller: string, name: string, action: string, data: Record<string, unknown>) {
    const before = env.snapshot()
    const result = await env.call(caller, name, action, data)
    if (result.ok) throw new Error(`${name}.${action} accepted ${JSON.stringify(data)}`)
    expect(result.error.code).toBe('INVALID_ARGUMENT')
    expect(env.snapshot()).toEqual(before)
    return result.error.message
  }
  return { ...env, cloudSays, gaokao, goods }
}

type Ids = Awaited<ReturnType<typeof setupRules>>
/** What is wrong, the input (the form's values and the cloud's data alike), the field it is about. */
type Row = [what: string, input: (ids: Ids) => Record<string, unknown>, field: string]

const TICKET = 'RC20260720-0001'
const activity = activityInputAt(START)
const book = bookingSheetInput(true)

const ACTIONS: [action: string, caller: string, schema: GenericSchema, rows: Row[]][] = [
  [
    'user.updateProfile',
    RESIDENT,
    updateProfileInput,
    [
      ['a bad phone', () => ({ name: '王秀兰', phone: '1234' }), 'phone'],
      ['a one-character name', () => ({ name: ' 王 ', phone: PHONE }), 'name'],
      ['a name with digits', () => ({ name: 'Wang123', phone: PHONE }), 'name'],
    ],
  ],
  [
    'user.bindRole',
    RESIDENT,
    bindRoleInput,
    [['a blank invite code', () => ({ inviteCode: '  ' }), 'inviteCode']],
  ],
  [
    'volunteer.create',
    STAFF,
    activity,
    [
      ['an over-long title', () => ({ ...ACTIVITY, title: '扫'.repeat(41) }), 'title'],
      ['a blank place', () => ({ ...ACTIVITY, place: '  ' }), 'place'],
      ['a quota of 0', () => ({ ...ACTIVITY, quota: 0 }), 'quota'],
      ['a quota of 1.5', () => ({ ...ACTIVITY, quota: 1.5 }), 'quota'],
      ['201 points', () => ({ ...ACTIVITY, points: 201 }), 'points'],
      ['a start in the past', () => ({ ...ACTIVITY, startAt: START - HOUR }), 'startAt'],
      ['a 25-hour activity', () => ({ ...ACTIVITY, endAt: START + 26 * HOUR }), 'endAt'],
    ],
  ],
  [
    'grid.report',
    RESIDENT,
    reportFormInput,
    [
      ['no category', () => ({ ...REPORT, category: undefined }), 'category'],
      ['a short description', () => ({ ...REPORT, description: '太脏了' }), 'description'],
      ['a one-character address', () => ({ ...REPORT, address: '楼' }), 'address'],
      ['a bad contact phone', () => ({ ...REPORT, phone: '1234567' }), 'phone'],
      ['4 photos', () => ({ ...REPORT, photos: [PNG, PNG, PNG, PNG] }), 'photos'],
    ],
  ],
  [
    'grid.report',
    HOMELESS,
    reportFormInput,
    [['no community and no home one', () => ({ ...REPORT, communityId: undefined }), 'communityId']],
  ],
  ['grid.rate', RESIDENT, rateInput, [['no score', () => ({ ticketNo: TICKET, score: undefined }), 'score']]],
  [
    'grid.advance',
    STAFF,
    advanceInput,
    [
      [
        'a dispatch without a department',
        () => ({ ticketNo: TICKET, to: 'dispatched', note: '请城管处理' }),
        'department',
      ],
      ['a blank note', () => ({ ticketNo: TICKET, to: 'accepted', note: ' ' }), 'note'],
    ],
  ],
  [
    'shop.redeem',
    RESIDENT,
    redeemInput,
    [['11 items', ({ goods }) => ({ goodsId: goods.id, quantity: 11, requestId: 'one-rule-2' }), 'quantity']],
  ],
  ['shop.lookup', CLERK, orderCodeInput, [['a 4-digit order code', () => ({ code: '1234' }), 'code']]],
  [
    'events.book',
    RESIDENT,
    book,
    [
      [
        '5 seats',
        ({ gaokao }) => ({
          sessionId: gaokao.id,
          seats: 5,
          requestId: 'one-rule-3',
          examTicket: 'ZK2026001',
        }),
        'seats',
      ],
      [
        'a malformed exam ticket',
        ({ gaokao }) => ({ sessionId: gaokao.id, seats: 1, requestId: 'one-rule-4', examTicket: '12-3' }),
        'examTicket',
      ],
      [
        'no exam ticket where one is required',
        ({ gaokao }) => ({ sessionId: gaokao.id, seats: 1, requestId: 'one-rule-5', examTicket: undefined }),
        'examTicket',
      ],
    ],
  ],
]

const CASES = ACTIONS.flatMap(([action, caller, schema, rows]) =>
  rows.map(([what, input, field]) => [what, action, caller, schema, input, field] as const),
)

test.each(CASES)(
  'should give %s the same message in the form as in the cloud (%s as %s)',
  async (_, action, caller, schema, data, field) => {
    const ids = await setupRules()
    const input = data(ids)
    const [fn, name] = action.split('.')

    const cloud = await ids.cloudSays(caller, fn, name, input)
    const form = checkForm(schema, input)

    expect(cloud).toMatch(/[\u4e00-\u9fff]/)
    expect(form.output).toBeUndefined()
    expect(form.errors).toEqual({ [field]: cloud })
  },
)

test('should pass in the form exactly what the cloud accepts', async () => {
  const { ok, gaokao } = await setupRules()
  const profile = checkForm(updateProfileInput, { name: ' 王秀兰 ', phone: ` ${PHONE} ` })
  const report = checkForm(reportFormInput, { ...REPORT, requestId: 'one-rule-6' })
  const booking = checkForm(bookingSheetInput(true), {
    seats: 2,
    requestId: 'one-rule-7',
    examTicket: ' zk2026001 ',
  })

  expect(profile).toEqual({ output: { name: '王秀兰', phone: PHONE }, errors: {} })
  expect((await ok(RESIDENT, 'user', 'updateProfile', profile.output!)).profile?.name).toBe('王秀兰')
  expect((await ok(RESIDENT, 'grid', 'report', report.output!)).status).toBe('submitted')
  expect(booking.output?.examTicket).toBe('ZK2026001')
  expect((await ok(RESIDENT, 'events', 'book', { sessionId: gaokao.id, ...booking.output! })).seats).toBe(2)
})

test('should change the form and the cloud together when the contract changes a rule', async () => {
  await jest.isolateModulesAsync(async () => {
    jest.doMock('../user', () => {
      const actual = jest.requireActual('../user')
      return { ...actual, PROFILE_RULES: { ...actual.PROFILE_RULES, nameMax: 4, phonePattern: /^139\d{8}$/ } }
    })
    const harness: typeof import('../../cloud/__tests__/harness') =
      await import('../../cloud/__tests__/harness')
    const lib: typeof import('../../lib/check-form') = await import('../../lib/check-form')
    const schemas: typeof import('../schemas/user') = await import('../schemas/user')
    const { call } = harness.setupCloud()
    const tooLong = { name: '欧阳秀兰花', phone: PHONE }
    const otherCarrier = { name: '王秀兰', phone: '13812345678' }

    const cloudName = await call(RESIDENT, 'user', 'updateProfile', tooLong)
    const cloudPhone = await call(RESIDENT, 'user', 'updateProfile', otherCarrier)

    expect(cloudName).toEqual({
      ok: false,
      error: { code: 'INVALID_ARGUMENT', message: '姓名需为 2–4 个字' },
    })
    expect(lib.checkForm(schemas.updateProfileInput, tooLong).errors).toEqual({ name: '姓名需为 2–4 个字' })
    expect(cloudPhone).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } })
    expect(lib.checkForm(schemas.updateProfileInput, otherCarrier).errors).toEqual({
      phone: cloudPhone.ok ? '' : cloudPhone.error.message,
    })
  })
  const { call } = setupCloud()
  expect(
    (await call(RESIDENT, 'user', 'updateProfile', { name: '欧阳秀兰花', phone: '13812345678' })).ok,
  ).toBe(true)
})
