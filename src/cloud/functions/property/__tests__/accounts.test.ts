import type { AccountLine, IncomeCategory, SpendingCategory } from '../../../../contract/property'
import { code, setupProperty } from './setup'

/** `property.enterAccounts`'s input (a type alias, so `call` takes it too). */
type Entry = {
  estateId: string
  month: string
  income: AccountLine<IncomeCategory>[]
  spending: AccountLine<SpendingCategory>[]
}

const JULY: Entry = {
  estateId: 'est-xinhuayuan',
  month: '2026-07',
  income: [
    { category: 'public', amount: 120_050 },
    { category: 'fee', amount: 8_600_000 },
  ],
  spending: [
    { category: 'cleaning', amount: 2_000_000 },
    { category: 'repair', amount: 1_500_099 },
  ],
}

test("should keep the 物业's entries from residents until community staff confirm them", async () => {
  const { ok, call } = await setupProperty()
  // the running balance before July: the seeded confirmed months (新华苑's June awaits confirmation)
  const june = await ok('res-a', 'property', 'accounts', { estateId: 'est-xinhuayuan', month: '2026-06' })
  expect(june).toMatchObject({ confirmed: false, entered: false, income: [], spending: [], questions: [] })
  const confirmedBefore = june.balance
  const asStaffJune = await ok('staff', 'property', 'accounts', {
    estateId: 'est-xinhuayuan',
    month: '2026-06',
  })
  expect(asStaffJune).toMatchObject({ confirmed: false, entered: true })

  const entered = await ok('wuye', 'property', 'enterAccounts', JULY)
  // lines in category order; amounts in fen
  expect(entered).toMatchObject({
    confirmed: false,
    entered: true,
    income: [
      { category: 'fee', amount: 8_600_000 },
      { category: 'public', amount: 120_050 },
    ],
    spending: [
      { category: 'cleaning', amount: 2_000_000 },
      { category: 'repair', amount: 1_500_099 },
    ],
    balance: confirmedBefore + 8_720_050 - 3_500_099,
  })
  for (const who of ['res-a', 'res-far', 'nobody', 'staff-far']) {
    const seen = await ok(who, 'property', 'accounts', { estateId: 'est-xinhuayuan', month: '2026-07' })
    expect(seen).toMatchObject({
      confirmed: false,
      entered: false,
      income: [],
      spending: [],
      balance: confirmedBefore,
    })
  }
  expect(
    code(await call('res-a', 'property', 'ask', { ...JULY, category: 'fee', text: '物业费怎么收的' })),
  ).toBe('NOT_FOUND')
  const confirmed = await ok('staff', 'property', 'confirmAccounts', {
    estateId: 'est-xinhuayuan',
    month: '2026-07',
  })
  expect(confirmed).toMatchObject({ confirmed: true })
  const seen = await ok('res-a', 'property', 'accounts', { estateId: 'est-xinhuayuan', month: '2026-07' })
  expect(seen).toMatchObject({
    confirmed: true,
    entered: true,
    income: entered.income,
    spending: entered.spending,
    balance: confirmedBefore + 8_720_050 - 3_500_099,
  })
  expect(code(await call('wuye', 'property', 'enterAccounts', JULY))).toBe('CONFLICT')
  expect(
    code(
      await call('staff-2', 'property', 'confirmAccounts', { estateId: 'est-xinhuayuan', month: '2026-07' }),
    ),
  ).toBe('CONFLICT')
})

test("should never let the one who entered a month's accounts confirm them", async () => {
  const { ok, call } = await setupProperty()
  // one person holding both roles: 物业 of co-xinyi and staff of 新华社区
  await ok('both', 'user', 'bindRole', { inviteCode: 'XH-PROPERTY-2026' })
  await ok('both', 'user', 'bindRole', { inviteCode: 'JC-STAFF-2026' })
  expect(await ok('both', 'property', 'enterAccounts', JULY)).toMatchObject({ enteredByMe: true })
  // the page says why before the tap: the one who entered sees enteredByMe, other staff do not
  const month = { estateId: 'est-xinhuayuan', month: '2026-07' }
  expect(await ok('both', 'property', 'accounts', month)).toMatchObject({ entered: true, enteredByMe: true })
  expect(await ok('staff', 'property', 'accounts', month)).toMatchObject({
    entered: true,
    enteredByMe: false,
  })
  expect(await ok('res-a', 'property', 'accounts', month)).toMatchObject({
    entered: false,
    enteredByMe: false,
  })
  const own = await call('both', 'property', 'confirmAccounts', {
    estateId: 'est-xinhuayuan',
    month: '2026-07',
  })
  expect(own).toMatchObject({ ok: false, error: { code: 'PERMISSION_DENIED' } })
  expect(
    code(
      await call('staff-far', 'property', 'confirmAccounts', {
        estateId: 'est-xinhuayuan',
        month: '2026-07',
      }),
    ),
  ).toBe('PERMISSION_DENIED')
  expect(
    code(await call('wuye', 'property', 'confirmAccounts', { estateId: 'est-xinhuayuan', month: '2026-07' })),
  ).toBe('PERMISSION_DENIED')
  expect(
    code(
      await call('staff', 'property', 'confirmAccounts', { estateId: 'est-xinhuayuan', month: '2026-05' }),
    ),
  ).toBe('CONFLICT')
  expect(
    code(
      await call('staff', 'property', 'confirmAccounts', { estateId: 'est-xinhuayuan', month: '2026-08' }),
    ),
  ).toBe('NOT_FOUND')
  expect(
    await ok('staff', 'property', 'confirmAccounts', { estateId: 'est-xinhuayuan', month: '2026-07' }),
  ).toMatchObject({ confirmed: true })
})

test("should take entries only from the 物业 of the 小区's company, with valid lines, for months that have come", async () => {
  const { ok, call } = await setupProperty()
  expect(code(await call('res-a', 'property', 'enterAccounts', JULY))).toBe('PERMISSION_DENIED')
  expect(code(await call('staff', 'property', 'enterAccounts', JULY))).toBe('PERMISSION_DENIED')
  expect(code(await call('wuye', 'property', 'enterAccounts', { ...JULY, estateId: 'est-longxing' }))).toBe(
    'PERMISSION_DENIED',
  )
  expect(code(await call('wuye', 'property', 'enterAccounts', { ...JULY, estateId: 'est-none' }))).toBe(
    'NOT_FOUND',
  )
  expect(code(await call('wuye', 'property', 'enterAccounts', { ...JULY, month: '2026-08' }))).toBe(
    'WINDOW_CLOSED',
  )
  const bad = [
    { income: [{ category: 'fee', amount: 10.5 }] },
    { income: [{ category: 'fee', amount: -1 }] },
    { income: [{ category: 'repair', amount: 100 }] },
    { spending: [{ category: 'fee', amount: 100 }] },
    {
      income: [
        { category: 'fee', amount: 1 },
        { category: 'fee', amount: 2 },
      ],
    },
  ]
  for (const change of bad) {
    expect(code(await call('wuye', 'property', 'enterAccounts', { ...JULY, ...change }))).toBe(
      'INVALID_ARGUMENT',
    )
  }
  // entering again before confirmation replaces the lines
  await ok('wuye', 'property', 'enterAccounts', JULY)
  const again = await ok('wuye', 'property', 'enterAccounts', { ...JULY, spending: [] })
  expect(again.spending).toEqual([])
})

test("should take residents' questions on a published month and the 物业's public answers", async () => {
  const { ok, call } = await setupProperty()
  const ask = {
    estateId: 'est-xinhuayuan',
    month: '2026-05',
    category: 'greening' as const,
    text: '绿化支出包括哪些？',
  }
  expect(code(await call('nobody', 'property', 'ask', ask))).toBe('PROFILE_REQUIRED')
  expect(code(await call('res-far', 'property', 'ask', ask))).toBe('PERMISSION_DENIED')
  expect(code(await call('res-a', 'property', 'ask', { ...ask, text: '绿化' }))).toBe('INVALID_ARGUMENT')
  expect(code(await call('res-a', 'property', 'ask', { ...ask, category: 'rent' }))).toBe('INVALID_ARGUMENT')
  const question = await ok('res-a', 'property', 'ask', ask)
  expect(question).toMatchObject({ category: 'greening', text: '绿化支出包括哪些？', month: '2026-05' })
  expect(question).not.toHaveProperty('answer')
  const answer = { questionId: question.id, text: '补种了东门两侧的冬青和月季。' }
  expect(code(await call('staff', 'property', 'answerQuestion', answer))).toBe('PERMISSION_DENIED')
  await ok('wuye-far', 'user', 'bindRole', { inviteCode: 'XH-PROPERTY-2026' })
  expect(code(await call('wuye', 'property', 'answerQuestion', { ...answer, questionId: 'aq-none' }))).toBe(
    'NOT_FOUND',
  )
  const answered = await ok('wuye', 'property', 'answerQuestion', answer)
  expect(answered.answer).toMatchObject({ text: answer.text })
  expect(code(await call('wuye-far', 'property', 'answerQuestion', answer))).toBe('CONFLICT')
  const seen = await ok('res-far', 'property', 'accounts', { estateId: 'est-xinhuayuan', month: '2026-05' })
  const shown = seen.questions.find((q) => q.id === question.id)
  expect(shown).toEqual({ ...answered })
  expect(JSON.stringify(seen)).not.toContain('res-a')
})
