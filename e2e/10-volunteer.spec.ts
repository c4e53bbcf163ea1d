// Volunteer journey on one device: staff publishes, a resident signs up, checks in with the code decoded
// from the staff's rotating QR, the demo clock moves on, checks out with the typed short code, and 积分
// shows the points with their reason.
import type { App } from './app'
import { expect, test } from './fixtures'

const TITLE = '小区绿地补植'
const STAFF_ROLE = '社区工作人员 · 金城街道新华社区'

/** 我的 › 演示工具 move the mock cloud's clock on by whole hours. */
async function fastForward(app: App, hours: number) {
  await app.open('/packages/demo/index')
  for (let i = 0; i < hours; i += 1) await app.tap('快进 1 小时')
  await expect(app.text('（已调整）')).toBeVisible()
}

/** Staff open the activity's roster from 活动管理. */
async function openManagement(app: App) {
  await app.open('/packages/staff/activities/index')
  await app.tap(TITLE)
  await app.expectRoute('/packages/staff/roster/index')
}

test('志愿服务：发布、报名、扫码签到、短码签退、积分入账', async ({ app }) => {
  test.setTimeout(150_000)

  await test.step('staff binds the invite code and publishes an activity', async () => {
    await app.open()
    await app.acceptPrivacy()
    await app.become('demo-staff')
    await app.bindInvite('JC-STAFF-2026', STAFF_ROLE)
    await app.tab('志愿')
    await app.tap('活动管理')
    await app.expectRoute('/packages/staff/activities/index')
    await app.tap('发布新活动')
    await app.expectRoute('/packages/staff/publish/index')
    await app.tap('发布活动')
    await expect(app.text('活动名称需为 2–40 个字')).toBeVisible()
    await app.input('title').fill(TITLE)
    await app.input('place').fill('新华社区中心花园')
    await expect(app.testId('cancel-cutoff')).toContainText('开始前 2 小时截止取消报名')
    await expect(app.text('报名的人将不能取消报名')).toHaveCount(0)
    await app.shot('publish-form')
    await app.tap('发布活动')
    await app.expectRoute('/packages/staff/activities/index')
    await expect(app.text(TITLE)).toBeVisible()
    await app.shot('staff-activities')
  })

  await test.step('a resident fills the profile and signs up', async () => {
    await app.become('demo-resident-b')
    await app.fillProfile('李建国', '13812345678')
    await app.tab('志愿')
    await app.tap(TITLE)
    await app.expectRoute('/packages/volunteer/detail/index')
    await app.tap('立即报名')
    await expect(app.text('我的报名：已报名')).toBeVisible()
    await expect(app.text('已报名 1 / 10 人')).toBeVisible()
    await app.shot('signed-up')
  })

  let link = ''
  await test.step('three hours later the staff QR names the activity and decodes to a check-in link', async () => {
    await fastForward(app, 3)
    await app.become('demo-staff')
    await openManagement(app)
    await expect(app.text('李建国')).toBeVisible()
    await app.tap('出示签到码')
    await app.expectRoute('/packages/staff/qr/index')
    await expect(app.text('秒后自动刷新')).toBeVisible()
    await expect(app.testId('qr-activity')).toHaveText(TITLE)
    link = await app.decodeQr()
    expect(link).toMatch(/\/checkin\?c=/)
    await app.shot('checkin-qr')
  })

  await test.step('the resident checks in with the decoded link', async () => {
    await app.become('demo-resident-b')
    await app.open(`/packages/volunteer/checkin/index?q=${encodeURIComponent(link)}`)
    await expect(app.text('签到成功')).toBeVisible()
    await expect(app.text(TITLE)).toBeVisible()
    await app.shot('checked-in')
  })

  let shortCode = ''
  await test.step('two hours later the staff shows the check-out code', async () => {
    await fastForward(app, 2)
    await app.become('demo-staff')
    await openManagement(app)
    await app.tap('出示签退码')
    await expect(app.text('签退码')).toBeVisible()
    const code = app.testId('short-code')
    await expect(code).toHaveText(/^\s*[2-9A-Z]{8}\s*$/)
    shortCode = (await code.innerText()).trim()
    await app.shot('checkout-qr')
  })

  await test.step('the resident checks out with the short code and earns the points', async () => {
    await app.become('demo-resident-b')
    await app.tab('志愿')
    await app.tap('扫码签到')
    await app.expectRoute('/packages/volunteer/checkin/index')
    await app.input('checkinCode').fill(shortCode)
    await app.tap('提交签到码')
    await expect(app.text('签退成功')).toBeVisible()
    await expect(app.text('获得 10 积分')).toBeVisible()
    await app.shot('checked-out')
    await app.open('/pages/points/index')
    await expect(app.text(`志愿服务：${TITLE}`)).toBeVisible()
    await expect(app.text('+10')).toBeVisible()
    await app.shot('points')
  })
})
