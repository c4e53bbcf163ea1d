// Volunteer journey on one device: staff publishes, a resident signs up, checks in with the code decoded
// from the staff's rotating QR, the demo clock moves on, checks out with the typed short code, and 积分
// shows the points with their reason.
import { acceptPrivacy, become, bindInvite, fillProfile, input } from './lib/app.mjs'
import { decodeQrFromScreen } from './lib/qr.mjs'

export const name = '志愿服务：发布、报名、扫码签到、短码签退、积分入账'
export const timeout = 150_000

const TITLE = '小区绿地补植'

async function fastForward(t, hours) {
  await t.open('/pages/mine/index')
  for (let i = 0; i < hours; i += 1) await t.tap('快进 1 小时')
  await t.expectText('（已调整）')
}

async function openManagement(t) {
  await t.open('/packages/staff/activities/index')
  await t.tap(t.visible(TITLE).first())
  await t.expectRoute('/packages/staff/roster/index')
}

export async function run(t) {
  await t.step('staff binds the invite code and publishes an activity', async () => {
    await t.open()
    await acceptPrivacy(t)
    await become(t, 'demo-staff')
    await bindInvite(t, 'JC-STAFF-2026', '社区工作人员 · 金城街道新华社区')
    await t.tab('志愿')
    await t.tap('活动管理')
    await t.expectRoute('/packages/staff/activities/index')
    await t.tap('发布新活动')
    await t.expectRoute('/packages/staff/publish/index')
    await t.tap('发布活动')
    await t.expectText('活动名称需为 2–40 个字')
    await input(t, 'title').fill(TITLE)
    await input(t, 'place').fill('新华社区中心花园')
    await t.shot('publish-form')
    await t.tap('发布活动')
    await t.expectRoute('/packages/staff/activities/index')
    await t.expectText(TITLE)
    await t.shot('staff-activities')
  })

  await t.step('a resident fills the profile and signs up', async () => {
    await become(t, 'demo-resident-b')
    await fillProfile(t, '李建国', '13812345678')
    await t.tab('志愿')
    await t.tap(t.visible(TITLE).first())
    await t.expectRoute('/packages/volunteer/detail/index')
    await t.tap('立即报名')
    await t.expectText('我的报名：已报名')
    await t.expectText('已报名 1 / 10 人')
    await t.shot('signed-up')
  })

  let link = ''
  await t.step('an hour later the staff QR shows a code that decodes to a check-in link', async () => {
    await fastForward(t, 1)
    await become(t, 'demo-staff')
    await openManagement(t)
    await t.expectText('李建国')
    await t.tap('出示签到码')
    await t.expectRoute('/packages/staff/qr/index')
    await t.expectText('秒后自动刷新')
    link = await decodeQrFromScreen(t)
    t.log(`decoded: ${link}`)
    t.assert.match(link, /\/checkin\?c=/)
    await t.shot('checkin-qr')
  })

  await t.step('the resident checks in with the decoded link', async () => {
    await become(t, 'demo-resident-b')
    await t.open(`/packages/volunteer/checkin/index?q=${encodeURIComponent(link)}`)
    await t.expectText('签到成功')
    await t.expectText(TITLE)
    await t.shot('checked-in')
  })

  let shortCode = ''
  await t.step('two hours later the staff shows the check-out code', async () => {
    await fastForward(t, 2)
    await become(t, 'demo-staff')
    await openManagement(t)
    await t.tap('出示签退码')
    await t.expectText('签退码')
    shortCode = (
      await t.page.locator('[data-testid="short-code"]').filter({ visible: true }).innerText()
    ).trim()
    t.assert.match(shortCode, /^[2-9A-Z]{8}$/)
    await t.shot('checkout-qr')
  })

  await t.step('the resident checks out with the short code and earns the points', async () => {
    await become(t, 'demo-resident-b')
    await t.tab('志愿')
    await t.tap('扫码签到')
    await t.expectRoute('/packages/volunteer/checkin/index')
    await input(t, 'checkinCode').fill(shortCode)
    await t.tap('提交签到码')
    await t.expectText('签退成功')
    await t.expectText('获得 10 积分')
    await t.shot('checked-out')
    await t.open('/pages/points/index')
    await t.expectText(`志愿服务：${TITLE}`)
    await t.expectText('+10')
    await t.shot('points')
  })
}
