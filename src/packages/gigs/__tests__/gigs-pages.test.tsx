import type { JobDetail, JobSummary } from '@/contract/gigs'
import type { Page } from '@/contract/envelope'
import GigsIndexPage from '../index'
import JobPage from '../job/index'
import PostPage from '../post/index'
import ReviewPage from '../review/index'
import { FIXED_NOW, setupCloud } from '@test/cloud-fixture'
import { buttonByText, chipByText, tap, typeArea, typeInto, waitFor } from '@test/dom'
import { pageHarness, textOf } from '@test/pages'

jest.mock('@/lib/toast', () => ({ showToast: jest.fn(), confirmDialog: jest.fn() }))

// the fixture's clock is 2026-11-26 10:00 China time; the seed's jobs start 2–6 days later
const { open, as } = pageHarness()

const text = textOf
const jobCards = (container: Element) =>
  Array.from(container.querySelectorAll('[data-testid="job-card"]')).map((c) => c.getAttribute('data-job'))
const chip = chipByText

type Call = <T>(who: string, name: string, data: Record<string, unknown>) => Promise<T>

const profile = (call: Call, who: string, name: string, phone: string) =>
  call(who, 'user', { action: 'updateProfile', name, phone, communityId: 'jc-xinhua' })

test('should list the seed’s recruiting jobs nearest first, switch to 开工时间, and filter by trade', async () => {
  const { as: call } = setupCloud('demo-resident-a')
  await profile(call, 'demo-resident-a', '王秀兰', '13912345678')
  const list = (sort: string, trade?: string) =>
    call<Page<JobSummary>>('demo-resident-a', 'gigs', { action: 'list', sort, trade })
  const near = await list('distance')
  const soon = await list('start')
  expect(near.items.map((j) => j.id)).not.toEqual(soon.items.map((j) => j.id))
  const container = open(<GigsIndexPage />)

  await waitFor(() => expect(jobCards(container)).toEqual(near.items.map((j) => j.id)))
  // the post still in review is not listed
  expect(jobCards(container)).not.toContain('job-seed-aircon')
  const faucet = container.querySelector('[data-job="job-seed-faucet"]')!
  expect(faucet.textContent).toContain('维修')
  expect(faucet.textContent).toContain('更换厨房水龙头和角阀')
  expect(faucet.textContent).toContain('70 元/小时')
  expect(faucet.textContent).toContain('0.0 公里')
  expect(faucet.textContent).toContain('已录用 0/1 人')
  expect(faucet.textContent).toContain('11月28日')
  // 30 元/小时 for 保洁 is below its guide price (35)
  const cleaning = container.querySelector('[data-job="job-seed-cleaning"]')!
  expect(cleaning.querySelector('[data-testid="below-guide"]')?.textContent).toBe('低于指导价')
  expect(faucet.querySelector('[data-testid="below-guide"]')).toBeNull()
  const far = near.items.find((j) => j.communityId === 'jy-longxing')!
  expect(container.querySelector(`[data-job="${far.id}"] [data-testid="distance"]`)?.textContent).toContain(
    `${far.distanceKm!.toFixed(1)} 公里`,
  )

  tap(chip(container, '开工时间'))
  await waitFor(() => expect(jobCards(container)).toEqual(soon.items.map((j) => j.id)))

  const moving = await list('start', 'moving')
  expect(moving.items.length).toBeGreaterThan(0)
  tap(chip(container, '搬家'))
  await waitFor(() => expect(jobCards(container)).toEqual(moving.items.map((j) => j.id)))
})

test('should take an application as pending, let the employer accept it, and show the business line only then', async () => {
  const { as: call } = setupCloud('demo-resident-a')
  await profile(call, 'demo-resident-a', '王秀兰', '13912345678')
  await call('demo-resident-a', 'gigs', { action: 'card', trades: ['repair'], times: '工作日上午' })
  await call('demo-clerk', 'user', { action: 'bindRole', inviteCode: 'XH-EMPLOYER-2026' })
  const container = open(<JobPage />, { id: 'job-seed-faucet' })

  await waitFor(() => expect(text(container, 'job-title')).toBe('更换厨房水龙头和角阀'))
  expect(text(container, 'guide-price')).toBe('指导价 60 元/小时')
  expect(text(container, 'employer')).toContain('新华便民维修部')
  expect(container.querySelector('[data-testid="contact"]')).toBeNull()
  await typeArea(container, 'message', '做过十年水电')
  tap(buttonByText(container, '我要报名'))
  await waitFor(() => expect(text(container, 'application-status')).toBe('待确认'))
  expect(text(container, 'my-application')).toContain('做过十年水电')
  expect(container.querySelector('[data-testid="contact"]')).toBeNull()
  expect(buttonByText(container, '撤回报名')).toBeTruthy()

  // the employer: the applicant, masked, with the card; accept
  as('demo-clerk')
  const boss = open(<JobPage />, { id: 'job-seed-faucet' })
  const applicant = await waitFor(() => {
    const el = boss.querySelector('[data-testid="applicant"]')
    if (!el) throw new Error('no applicant')
    return el
  })
  expect(applicant.querySelector('[data-testid="applicant-name"]')?.textContent).toBe('王**')
  expect(applicant.textContent).toContain('工作日上午')
  expect(applicant.textContent).toContain('做过十年水电')
  expect(applicant.textContent).toContain('完成 0 次 · 未到岗 0 次')
  tap(buttonByText(boss, '接受'))
  await waitFor(() =>
    expect(
      boss.querySelector('[data-testid="applicant"] [data-testid="application-status"]')?.textContent,
    ).toBe('已录用'),
  )
  await waitFor(() => expect(text(boss, 'applicants')).toContain('已录用 1/1 人'))
  expect(text(boss, 'applicants')).toContain('开工后可确认完成或未到岗')

  // the worker now sees the business line
  as('demo-resident-a')
  const worker = open(<JobPage />, { id: 'job-seed-faucet' })
  await waitFor(() => expect(text(worker, 'application-status')).toBe('已录用'))
  expect(text(worker, 'contact')).toContain('0537-2261234')
  expect(() => buttonByText(worker, '撤回报名')).toThrow()

  // another resident who has not been accepted sees no line and no applicants
  as('demo-resident-b')
  await profile(call, 'demo-resident-b', '李建国', '15000001111')
  const other = open(<JobPage />, { id: 'job-seed-faucet' })
  await waitFor(() => expect(text(other, 'job-title')).toBe('更换厨房水龙头和角阀'))
  const detail = await call<JobDetail>('demo-resident-b', 'gigs', {
    action: 'detail',
    jobId: 'job-seed-faucet',
  })
  expect(detail.contact).toBeUndefined()
  expect(other.querySelector('[data-testid="contact"]')).toBeNull()
  expect(other.querySelector('[data-testid="applicants"]')).toBeNull()
})

test('should show the employer’s result when accepting beyond the headcount in Chinese', async () => {
  const { as: call } = setupCloud('demo-resident-a')
  await profile(call, 'demo-resident-a', '王秀兰', '13912345678')
  await profile(call, 'demo-resident-b', '李建国', '15000001111')
  await call('demo-clerk', 'user', { action: 'bindRole', inviteCode: 'XH-EMPLOYER-2026' })
  const a = await call<{ id: string }>('demo-resident-a', 'gigs', {
    action: 'apply',
    jobId: 'job-seed-faucet',
  })
  await call('demo-resident-b', 'gigs', { action: 'apply', jobId: 'job-seed-faucet' })
  as('demo-clerk')
  const boss = open(<JobPage />, { id: 'job-seed-faucet' })
  await waitFor(() => expect(boss.querySelectorAll('[data-testid="applicant"]')).toHaveLength(2))
  // meanwhile the only place goes to the first applicant
  await call('demo-clerk', 'gigs', { action: 'decide', applicationId: a.id, accept: true })
  const second = boss.querySelectorAll('[data-testid="applicant"]')[1]
  tap(Array.from(second.querySelectorAll('taro-button-core')).find((b) => b.textContent?.trim() === '接受'))
  await waitFor(() => expect(text(boss, 'applicant-error')).toBe('已录用 1 人，名额已满'))
})

test('should show the trade’s guide price beside the pay, warn 低于指导价 by the cloud’s rule, and check the fields inline', async () => {
  const { as: call } = setupCloud('demo-clerk')
  await call('demo-clerk', 'user', { action: 'bindRole', inviteCode: 'XH-EMPLOYER-2026' })
  const container = open(<PostPage />)
  await waitFor(() => expect(buttonByText(container, '提交审核')).toBeTruthy())
  tap(buttonByText(container, '提交审核'))
  await waitFor(() => expect(container.querySelector('[data-error="trade"]')?.textContent).toBe('请选择工种'))
  expect(container.querySelector('[data-error="title"]')?.textContent).toContain('标题')
  expect(container.querySelector('[data-error="pay"]')).toBeTruthy()

  tap(chip(container, '保洁'))
  await waitFor(() => expect(text(container, 'guide-price')).toBe('保洁指导价：35 元/小时'))
  await typeInto(container, 'amount', '30')
  await waitFor(() => expect(text(container, 'below-guide')).toContain('低于指导价'))
  await typeInto(container, 'amount', '35')
  await waitFor(() => expect(container.querySelector('[data-testid="below-guide"]')).toBeNull())
  // 250 元/天 is 31.25 元/小时 at 8 hours a day: below
  await typeInto(container, 'amount', '250')
  tap(chip(container, '天'))
  await waitFor(() => expect(text(container, 'below-guide')).toContain('低于指导价'))
  // a piece rate is not compared with an hourly guide
  tap(chip(container, '件'))
  await waitFor(() => expect(container.querySelector('[data-testid="below-guide"]')).toBeNull())
  tap(chip(container, '时'))

  await typeInto(container, 'title', '擦玻璃')
  await typeInto(container, 'headcount', '80')
  tap(buttonByText(container, '提交审核'))
  await waitFor(() => expect(container.querySelector('[data-error="title"]')?.textContent).toContain('4–30'))
  expect(container.querySelector('[data-error="headcount"]')?.textContent).toBe('招募人数需为 1–50 人')
  expect(container.querySelector('[data-error="trade"]')).toBeNull()

  await typeInto(container, 'title', '门店擦玻璃和地面')
  await typeArea(container, 'description', '临街门面两扇大玻璃和地面清洁，清洁用品店里准备')
  await typeInto(container, 'address', '新华路 90 号')
  await typeInto(container, 'headcount', '2')
  tap(buttonByText(container, '提交审核'))
  await waitFor(() => expect(text(container, 'post-result')).toContain('已提交，等待社区审核'))
  expect(text(container, 'post-result')).toContain('待审核')
  const mine = await call<Page<{ title: string; status: string; startAt: number }>>('demo-clerk', 'gigs', {
    action: 'myJobs',
  })
  expect(mine.items[0]).toMatchObject({ title: '门店擦玻璃和地面', status: 'review' })
  // tomorrow 09:00 China time by default
  expect(mine.items[0].startAt).toBe(Date.parse('2026-11-27T09:00:00+08:00'))
  expect(mine.items[0].startAt).toBeGreaterThan(FIXED_NOW)
})

test('should let staff approve a post in review, which then shows in the list', async () => {
  const { as: call } = setupCloud('demo-staff')
  await call('demo-staff', 'user', { action: 'bindRole', inviteCode: 'JC-STAFF-2026' })
  const container = open(<ReviewPage />)
  const item = await waitFor(() => {
    const el = container.querySelector('[data-testid="review-job"][data-job="job-seed-aircon"]')
    if (!el) throw new Error('no post in review')
    return el
  })
  expect(item.textContent).toContain('挂式空调清洗三台')
  expect(item.textContent).toContain('新华便民维修部')
  tap(Array.from(item.querySelectorAll('taro-button-core')).find((b) => b.textContent?.trim() === '通过'))
  await waitFor(() =>
    expect(container.querySelector('[data-testid="review-job"][data-job="job-seed-aircon"]')).toBeNull(),
  )
  expect(container.textContent).toContain('没有待审核的招工')

  as('demo-resident-a')
  const list = open(<GigsIndexPage />)
  await waitFor(() => expect(jobCards(list)).toContain('job-seed-aircon'))
})

test('should ask staff for a reason before rejecting a post', async () => {
  const { as: call } = setupCloud('demo-staff')
  await call('demo-staff', 'user', { action: 'bindRole', inviteCode: 'JC-STAFF-2026' })
  const container = open(<ReviewPage />)
  await waitFor(() => expect(buttonByText(container, '不通过')).toBeTruthy())
  tap(buttonByText(container, '不通过'))
  tap(buttonByText(container, '确认不通过'))
  await waitFor(() => expect(container.querySelector('.field__error')?.textContent).toContain('理由'))
  await typeInto(container, 'reason', '请写明清洗的品牌和型号')
  tap(buttonByText(container, '确认不通过'))
  await waitFor(() => expect(container.textContent).toContain('没有待审核的招工'))
  const job = await call<JobDetail>('demo-staff', 'gigs', { action: 'detail', jobId: 'job-seed-aircon' })
  expect(job).toMatchObject({
    status: 'rejected',
    review: { approve: false, reason: '请写明清洗的品牌和型号' },
  })
})
