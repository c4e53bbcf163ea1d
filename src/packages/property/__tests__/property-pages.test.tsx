import type { Accounts, Monthly, MyScore, PropertyBoard } from '@/contract/property'
import AccountsPage from '../accounts/index'
import CompanyPage from '../company/index'
import BoardPage from '../index'
import ScorePage from '../score/index'
import { setupCloud } from '@test/cloud-fixture'
import { buttonByText, chipByText, tap, typeArea, typeInto, waitFor } from '@test/dom'
import { pageHarness, textOf } from '@test/pages'

jest.mock('@/lib/toast', () => ({ showToast: jest.fn(), confirmDialog: jest.fn() }))

// the fixture's clock is 2026-11-26 (China time): October is the last ended month
const { open, as } = pageHarness()

const text = textOf
const cards = (container: Element, list: string) =>
  Array.from(container.querySelectorAll(`[data-testid="${list}"] [data-testid="company-card"]`)).map((c) =>
    c.getAttribute('data-company'),
  )
const chip = chipByText

test('should show the street’s red and black lists of the last ended month as the cloud computes them, and 样本不足', async () => {
  const { as: call } = setupCloud('demo-resident-a')
  const board = (streetId: string, month: string) =>
    call<PropertyBoard>('x', 'property', { action: 'board', streetId, month })
  const jcOct = await board('jincheng', '2026-10')
  expect(jcOct.red.length).toBeGreaterThan(0)
  const container = open(<BoardPage />)

  await waitFor(() => expect(text(container, 'month')).toBe('2026年10月'))
  // the running month has no board yet: no step past the last ended one
  expect(container.querySelector('[aria-label="下个月"]')?.getAttribute('aria-disabled')).toBe('true')
  await waitFor(() => expect(cards(container, 'red-list')).toEqual(jcOct.red.map((m) => m.companyId)))
  expect(cards(container, 'all-list')).toEqual(jcOct.all.map((m) => m.companyId))
  const red = container.querySelector('[data-testid="red-list"] [data-testid="company-card"]')!
  expect(red.textContent).toContain(jcOct.red[0].score.toFixed(1))
  expect(red.textContent).toContain(`${jcOct.red[0].scorers} 人评分`)
  expect(red.textContent).toContain('AAA')
  expect(text(container, 'explanation')).toContain('10 位居民按全区平均打分')

  // 济阳街道, September: the black list
  const jySep = await board('jiyang', '2026-09')
  expect(jySep.black.length).toBeGreaterThan(0)
  tap(chip(container, '济阳街道'))
  tap(container.querySelector('[aria-label="上个月"]'))
  await waitFor(() => expect(text(container, 'month')).toBe('2026年9月'))
  await waitFor(() => expect(cards(container, 'black-list')).toEqual(jySep.black.map((m) => m.companyId)))
  expect(text(container, 'black-list')).toContain('C（黑榜）')
  expect(text(container, 'red-list')).toContain('本月没有企业达到 AAA')

  // August: a company with fewer than 5 scorers has no grade
  const jyAug = await board('jiyang', '2026-08')
  const few = jyAug.all.find((m) => m.grade === null)!
  expect(few.scorers).toBeLessThan(5)
  tap(container.querySelector('[aria-label="上个月"]'))
  await waitFor(() => expect(text(container, 'month')).toBe('2026年8月'))
  const fewCard = await waitFor(() => {
    const el = container.querySelector(`[data-testid="all-list"] [data-company="${few.companyId}"]`)
    if (!el) throw new Error('no card')
    return el
  })
  expect(fewCard.textContent).toContain('样本不足')
  expect(fewCard.querySelector('[data-grade="none"]')).toBeTruthy()
})

test('should draw one bar per month of the company’s history and show a month’s numbers and the 物业’s reply', async () => {
  const { as: call } = setupCloud('demo-resident-a')
  const history = await call<Monthly[]>('x', 'property', { action: 'history', companyId: 'co-hengan' })
  const sep = history.find((m) => m.month === '2026-09')!
  expect(sep.grade).toBe('C')
  const container = open(<CompanyPage />, { id: 'co-hengan' })

  await waitFor(() =>
    expect(container.querySelectorAll('[data-testid="chart-bar"]')).toHaveLength(history.length),
  )
  await waitFor(() => expect(text(container, 'company-name')).toBe('恒安物业服务有限公司'))
  const octBar = container.querySelector('[data-testid="chart-bar"][data-month="2026-10"] .pm-chart__bar')
  expect(octBar?.getAttribute('style')).toContain(`height: ${history[history.length - 1].score}%`)
  // the last month is shown first; tap September's row
  await waitFor(() =>
    expect(container.querySelector('[data-testid="month-detail"]')?.getAttribute('data-month')).toBe(
      '2026-10',
    ),
  )
  tap(container.querySelector('[data-testid="month-row"][data-month="2026-09"]'))
  await waitFor(() =>
    expect(container.querySelector('[data-testid="month-detail"]')?.getAttribute('data-month')).toBe(
      '2026-09',
    ),
  )
  expect(text(container, 'detail-score')).toBe(sep.score.toFixed(1))
  expect(text(container, 'detail-scorers')).toBe(`${sep.scorers} 位居民评分`)
  const table = container.querySelector('[data-testid="item-table"]')!
  expect(table.querySelector('[data-item="repair"]')?.textContent).toContain(sep.items.repair!.toFixed(2))
  expect(table.querySelector('[data-item="repair"]')?.textContent).toContain(sep.district.repair.toFixed(2))
  const records = Array.from(container.querySelectorAll('[data-testid="record"]')).map((r) => r.textContent)
  expect(records).toHaveLength(sep.records.length)
  for (const r of sep.records) expect(records.join()).toContain(r.reason)
  expect(text(container, 'formula')).toContain(
    `${sep.base.toFixed(1)} + ${sep.good} − ${sep.bad} − ${sep.lateTickets * 5} = ${sep.score.toFixed(1)}`,
  )
  expect(text(container, 'reply')).toContain(sep.reply!.text)
  // a resident gets no reply form
  expect(container.querySelector('[data-testid="reply-form"]')).toBeNull()
})

test('should submit the five scores, show them as this month’s score, and refuse a resident of another 小区', async () => {
  const { as: call } = setupCloud('demo-resident-a')
  await call('demo-resident-a', 'user', {
    action: 'updateProfile',
    name: '王秀兰',
    phone: '13912345678',
    estateId: 'est-xinhuayuan',
  })
  const container = open(<ScorePage />, { companyId: 'co-xinyi' })
  await waitFor(() => expect(buttonByText(container, '提交评分')).toBeTruthy())
  tap(buttonByText(container, '提交评分'))
  await waitFor(() => expect(container.textContent).toContain('没有打分'))
  const star = (item: string, n: number) =>
    tap(container.querySelector(`[data-item="${item}"] [data-value="${n}"]`))
  star('cleaning', 5)
  star('order', 4)
  star('repair', 3)
  star('greening', 4)
  star('openness', 2)
  await typeArea(container, 'comment', '楼道保洁很及时')
  tap(buttonByText(container, '提交评分'))
  await waitFor(() => expect(text(container, 'my-score')).toContain('你已为2026年11月评分'))
  expect(text(container, 'my-score')).toContain('本月结束前可以修改')
  const mine = await call<MyScore>('demo-resident-a', 'property', {
    action: 'myScore',
    companyId: 'co-xinyi',
  })
  expect(mine).toMatchObject({
    month: '2026-11',
    items: { cleaning: 5, order: 4, repair: 3, greening: 4, openness: 2 },
    comment: '楼道保洁很及时',
  })
  expect(buttonByText(container, '修改评分')).toBeTruthy()

  // a resident of 龙行家园 (served by another company)
  as('demo-resident-b')
  await call('demo-resident-b', 'user', {
    action: 'updateProfile',
    name: '李建国',
    phone: '15000001111',
    estateId: 'est-longxing',
  })
  const other = open(<ScorePage />, { companyId: 'co-xinyi' })
  await waitFor(() => expect(text(other, 'score-hint')).toContain('不由这家物业服务'))
  for (const item of ['cleaning', 'order', 'repair', 'greening', 'openness'])
    tap(other.querySelector(`[data-item="${item}"] [data-value="1"]`))
  tap(buttonByText(other, '提交评分'))
  await waitFor(() =>
    expect(other.querySelector('.field__error')?.textContent).toContain('只能为服务你所在小区的物业企业评分'),
  )
  expect(await call('demo-resident-b', 'property', { action: 'myScore', companyId: 'co-xinyi' })).toBeNull()
})

test('should keep the 物业’s accounts from residents until staff confirm them, then show them', async () => {
  const { as: call } = setupCloud('demo-resident-a')
  await call('demo-resident-a', 'user', {
    action: 'updateProfile',
    name: '王秀兰',
    phone: '13912345678',
    estateId: 'est-xinhuayuan',
  })
  await call('demo-clerk', 'user', { action: 'bindRole', inviteCode: 'XH-PROPERTY-2026' })
  await call('demo-staff', 'user', { action: 'bindRole', inviteCode: 'JC-STAFF-2026' })
  const params = { estateId: 'est-xinhuayuan', month: '2026-11' }
  const seen = (who: string) => call<Accounts>(who, 'property', { action: 'accounts', ...params })

  // the 物业 (bound on the demo clerk's account) enters November
  as('demo-clerk')
  const wuye = open(<AccountsPage />, params)
  await waitFor(() => expect(wuye.querySelector('[data-testid="enter-form"]')).toBeTruthy())
  await typeInto(wuye, 'amount-fee', '86500.5')
  await typeInto(wuye, 'amount-cleaning', '21000')
  await typeInto(wuye, 'amount-repair', '1.234')
  tap(buttonByText(wuye, '提交收支'))
  await waitFor(() => expect(wuye.textContent).toContain('维修支出的金额不对'))
  await typeInto(wuye, 'amount-repair', '1560.05')
  tap(buttonByText(wuye, '提交收支'))
  await waitFor(() => expect(text(wuye, 'accounts-status')).toContain('待社区确认'))
  expect(text(wuye, 'income')).toContain('86,500.50')
  expect((await seen('demo-clerk')).income).toEqual([{ category: 'fee', amount: 8_650_050 }])

  // a resident sees nothing of it
  as('demo-resident-a')
  const resident = open(<AccountsPage />, params)
  await waitFor(() => expect(text(resident, 'accounts-status')).toBe('尚未公开'))
  expect(resident.querySelector('[data-testid="not-published"]')).toBeTruthy()
  expect(resident.textContent).not.toContain('86,500.50')
  expect(resident.querySelector('[data-testid="income"]')).toBeNull()

  // staff of 新华社区 confirm
  as('demo-staff')
  const staff = open(<AccountsPage />, params)
  await waitFor(() => expect(buttonByText(staff, '确认公开')).toBeTruthy())
  expect(text(staff, 'income')).toContain('86,500.50')
  tap(buttonByText(staff, '确认公开'))
  await waitFor(() => expect(text(staff, 'accounts-status')).toBe('社区已确认公开'))
  expect(await seen('demo-resident-a')).toMatchObject({ confirmed: true })

  // now the resident sees the lines, and may ask about one
  as('demo-resident-a')
  const after = open(<AccountsPage />, params)
  await waitFor(() => expect(text(after, 'income')).toContain('86,500.50'))
  expect(text(after, 'spending')).toContain('1,560.05')
  expect(after.querySelectorAll('[data-testid="ask"]').length).toBe(3)
  expect(after.querySelector('[data-testid="accounts-chart"] .pm-hbar')).toBeTruthy()
})
