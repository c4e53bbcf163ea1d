import { render } from '@tarojs/test-utils-react/dist/pure'
import type { IssuedCode } from '@/contract/volunteer'
import { ActivityDetail } from '@/features/volunteer/components/activity-detail'
import { ActivityList } from '@/features/volunteer/components/activity-list'
import { CheckIn } from '@/features/volunteer/components/check-in'
import { PublishForm, defaultStart } from '@/features/volunteer/components/publish-form'
import { Roster } from '@/features/volunteer/components/roster'
import { RotatingQr } from '@/features/volunteer/components/rotating-qr'
import { setBaseClock, switchIdentity } from '@/lib/demo'
import { qrLink } from '@/lib/qr-link'
import { pendingReturn } from '@/lib/return-to'
import { confirmDialog } from '@/lib/toast'
import { answerOf, setupCloud } from '@test/cloud-fixture'
import { buttonByText, tap, typeInto, waitFor, inlineMessage } from '@test/dom'

jest.mock('@/lib/toast', () => ({ showToast: jest.fn(), confirmDialog: jest.fn() }))
jest.mock('@/lib/navigation', () => ({ openPage: jest.fn(), openTab: jest.fn(), goBack: jest.fn() }))

const PROFILE = { action: 'updateProfile', name: '王秀兰', phone: '13912345678' }

test('should list the seeded activities and filter them by status', async () => {
  setupCloud('demo-resident-a')
  const { container } = render(<ActivityList />, {})

  await waitFor(() => expect(container.textContent).toContain('独居老人上门探访'))
  expect(container.textContent).toContain('垃圾分类桶边引导')
  const ended = Array.from(container.querySelectorAll('.chip')).find((c) => c.textContent === '已结束')
  tap(ended)

  await waitFor(() => expect(container.textContent).not.toContain('独居老人上门探访'))
  expect(container.textContent).toContain('垃圾分类桶边引导')
  expect(container.querySelectorAll('.activity-card')).toHaveLength(1)
})

test('should sign a resident with a profile up and show the quota taken', async () => {
  const { as, now } = setupCloud('demo-resident-b')
  await as('demo-resident-b', 'user', PROFILE)
  const { container } = render(<ActivityDetail id="act-seed-2" now={now} />, {})

  await waitFor(() => expect(container.textContent).toContain('已报名 0 / 10 人'))
  tap(buttonByText(container, '立即报名'))

  await waitFor(() => expect(container.textContent).toContain('已报名 1 / 10 人'))
  expect(container.querySelector('[data-testid="my-signup"]')?.textContent).toContain('已报名')
  expect(buttonByText(container, '取消报名')).toBeTruthy()
})

test('should send a resident without a profile to 我的 instead of signing up', async () => {
  const { now } = setupCloud('demo-resident-b')
  ;(confirmDialog as jest.Mock).mockResolvedValue(false)
  const { container } = render(<ActivityDetail id="act-seed-2" now={now} />, {})

  await waitFor(() => expect(container.textContent).toContain('立即报名'))
  tap(buttonByText(container, '立即报名'))

  await waitFor(() =>
    expect(confirmDialog).toHaveBeenCalledWith('需要实名信息', expect.any(String), '去填写'),
  )
  expect(container.textContent).toContain('已报名 0 / 10 人')
})

test('should remember the sign-up when sending a resident to fill in the profile', async () => {
  const { now } = setupCloud('demo-resident-b')
  ;(confirmDialog as jest.Mock).mockResolvedValue(true)
  const { container } = render(<ActivityDetail id="act-seed-2" now={now} />, {})

  await waitFor(() => expect(container.textContent).toContain('立即报名'))
  tap(buttonByText(container, '立即报名'))

  await waitFor(() =>
    expect(pendingReturn()?.url).toBe('/packages/volunteer/detail/index?id=act-seed-2&join=1'),
  )
  expect(pendingReturn()?.label).toContain('独居老人上门探访')
})

test('should finish the sign-up on coming back with a profile', async () => {
  const { as, now } = setupCloud('demo-resident-b')
  await as('demo-resident-b', 'user', PROFILE)
  const { container } = render(<ActivityDetail id="act-seed-2" now={now} resume />, {})

  await waitFor(() => expect(container.textContent).toContain('已报名 1 / 10 人'))
  expect(container.querySelector('[data-testid="my-signup"]')?.textContent).toContain('已报名')
})

test('should tell a resident before signing up that the cancel deadline has passed', async () => {
  const { as, now } = setupCloud('demo-resident-b')
  await as('demo-resident-b', 'user', PROFILE)
  await as('demo-staff', 'user', { action: 'bindRole', inviteCode: 'JC-STAFF-2026' })
  const soon = await as<{ id: string }>('demo-staff', 'volunteer', {
    action: 'create',
    title: '临时搬运物资',
    description: '',
    place: '新华社区服务站',
    startAt: now + 3_600_000,
    endAt: now + 2 * 3_600_000,
    quota: 5,
    points: 5,
  })
  ;(confirmDialog as jest.Mock).mockResolvedValue(false)
  const { container } = render(<ActivityDetail id={soon.id} now={now} />, {})

  await waitFor(() => expect(container.textContent).toContain('已截止，现在报名将不能取消'))
  tap(buttonByText(container, '立即报名'))
  await waitFor(() =>
    expect(confirmDialog).toHaveBeenCalledWith('报名后不能取消', expect.stringContaining('截止'), '确定报名'),
  )
  expect(container.textContent).toContain('已报名 0 / 5 人')
  ;(confirmDialog as jest.Mock).mockResolvedValue(true)
  tap(buttonByText(container, '立即报名'))
  await waitFor(() => expect(container.textContent).toContain('已报名 1 / 5 人'))
})

test('should default a new activity to a start whose cancel cutoff is still ahead', async () => {
  const { now } = setupCloud('demo-staff')
  const { container } = render(<PublishForm now={now} community="金城街道 新华社区" />, {})

  await waitFor(() => expect(container.querySelector('[data-testid="cancel-cutoff"]')).not.toBeNull())
  expect(defaultStart(now) - 2 * 3_600_000).toBeGreaterThan(now)
  expect(container.textContent).not.toContain('报名的人将不能取消报名')
  expect(container.textContent).toContain('开始前 2 小时截止取消报名')
})

async function signedUpWithCode() {
  const env = setupCloud('demo-resident-b', Date.parse('2026-11-26T10:00:00+08:00'))
  await env.as('demo-resident-b', 'user', PROFILE)
  await env.as('demo-staff', 'user', { action: 'bindRole', inviteCode: 'JC-STAFF-2026' })
  await env.as('demo-resident-b', 'volunteer', { action: 'signUp', activityId: 'act-seed-1' })
  const issued = await env.as<IssuedCode>('demo-staff', 'volunteer', {
    action: 'issueCode',
    activityId: 'act-seed-1',
    kind: 'in',
  })
  return { ...env, issued }
}

test('should check in from the QR link the page was opened with', async () => {
  const { issued } = await signedUpWithCode()
  const { container } = render(
    <CheckIn launchCode={encodeURIComponent(qrLink('checkin', issued.code))} />,
    {},
  )

  await waitFor(() =>
    expect(container.querySelector('[data-testid="check-result"]')?.textContent).toContain('签到成功'),
  )
  expect(container.textContent).toContain('楼道清洁日')
})

test('should check in with a typed short code and explain a wrong one', async () => {
  const { issued } = await signedUpWithCode()
  const { container } = render(<CheckIn />, {})

  await typeInto(container, 'checkinCode', 'ZZZZZZZZ')
  tap(buttonByText(container, '提交签到码'))
  await waitFor(() => expect(container.textContent).toContain('签到码无效'))
  await typeInto(container, 'checkinCode', issued.shortCode.toLowerCase())
  tap(buttonByText(container, '提交签到码'))

  await waitFor(() => expect(container.textContent).toContain('签到成功'))
})

test('should name the activity on the staff QR page and call the check-out code a 签退码', async () => {
  const { now } = await signedUpWithCode()
  switchIdentity('demo-staff')
  const { container } = render(<RotatingQr id="act-seed-1" kind="out" now={() => now} />, {})

  await waitFor(() =>
    expect(container.querySelector('[data-testid="qr-activity"]')?.textContent).toBe('楼道清洁日'),
  )
  expect(container.textContent).toContain('输入下方签退码')
  expect(container.textContent).not.toContain('签到码')
})

test('should refuse a link that is not a check-in link without calling the cloud', async () => {
  setupCloud('demo-resident-b')
  const { container } = render(<CheckIn launchCode={qrLink('redeem', '12345678')} />, {})

  await waitFor(() => expect(container.textContent).toContain('这不是签到二维码'))
})

test('should show what is wrong with a new activity and clear each message once it is fixed', async () => {
  const { now } = setupCloud('demo-staff')
  const { container } = render(<PublishForm now={now} community="金城街道 新华社区" />, {})
  await waitFor(() => expect(buttonByText(container, '发布活动')).toBeTruthy())
  tap(buttonByText(container, '发布活动'))
  await waitFor(() => expect(container.textContent).toContain('活动名称需为'))
  expect(container.textContent).toContain('活动地点需为')
  await typeInto(container, 'title', '小区绿地补植')
  await waitFor(() => expect(container.textContent).not.toContain('活动名称需为'))
  expect(container.textContent).toContain('活动地点需为')
})

test("should refuse a quota the cloud refuses, in the cloud's words, and clear them once fixed", async () => {
  const { now, as } = setupCloud('demo-staff')
  const { container } = render(<PublishForm now={now} community="金城街道 新华社区" />, {})
  await typeInto(container, 'title', '小区绿地补植')
  await typeInto(container, 'place', '新华社区中心花园')
  await typeInto(container, 'quota', '0')
  tap(buttonByText(container, '发布活动'))
  const cloudSays = await answerOf(
    as('demo-staff', 'volunteer', {
      action: 'create',
      title: '小区绿地补植',
      description: '',
      place: '新华社区中心花园',
      startAt: now + 3_600_000,
      endAt: now + 3 * 3_600_000,
      quota: 0,
      points: 10,
    }),
  )

  const shown = await inlineMessage(() => container)
  expect(cloudSays).toBe(`INVALID_ARGUMENT ${shown}`)
  expect(shown).toContain('招募人数')
  await typeInto(container, 'quota', '12')
  await waitFor(() => expect(container.querySelector('.field__error')).toBeNull())
})

test('should show where a seeded activity meets and open it on the map', async () => {
  const { now } = setupCloud('demo-resident-b')
  const open = jest.spyOn(window, 'open').mockReturnValue(null)
  const { container } = render(<ActivityDetail id="act-seed-2" now={now} />, {})

  await waitFor(() => expect(container.querySelector('[data-testid="place-link"]')).not.toBeNull())
  expect(container.querySelector('[data-testid="place-link"]')?.textContent).toContain(
    '新华社区党群服务中心集合',
  )
  tap(container.querySelector('[data-testid="place-link"]'))
  expect(new URL(open.mock.calls[0][0] as string).searchParams.get('position')).toBe('116.5885,35.4148')
})

test('should show the organiser why their own sign-up gets no manual check, and offer it for the others', async () => {
  const { as, now } = setupCloud('demo-staff')
  await as('demo-staff', 'user', { action: 'bindRole', inviteCode: 'JC-STAFF-2026' })
  await as('demo-staff', 'user', { ...PROFILE, name: '张社工' })
  await as('demo-resident-b', 'user', PROFILE)
  const activity = await as<{ id: string }>('demo-staff', 'volunteer', {
    action: 'create',
    title: '河道清理',
    description: '沿洸府河捡拾垃圾',
    place: '洸府河新华段',
    startAt: now + 60 * 60_000,
    endAt: now + 3 * 60 * 60_000,
    quota: 10,
    points: 20,
  })
  for (const who of ['demo-staff', 'demo-resident-b']) {
    await as(who, 'volunteer', { action: 'signUp', activityId: activity.id })
  }
  setBaseClock(() => now + 90 * 60_000)
  const { container } = render(<Roster id={activity.id} />, {})

  await waitFor(() => expect(container.textContent).toContain('本人报名，请由本社区其他工作人员补录'))
  const rows = Array.from(container.querySelectorAll('.roster-row'))
  expect(rows.map((r) => r.querySelectorAll('taro-button-core').length)).toEqual([0, 1])
  expect(rows[1].textContent).toContain('补签到')
})
