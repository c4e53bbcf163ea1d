// Nobody approves their own request: a staff member who signed up for their own community's activity
// finds no manual check on their own roster row, and one who reported a problem finds no handling
// steps on their own ticket; each page says who should do it instead (normal and 长辈模式).
import { expect, test } from './fixtures'

const STAFF_ROLE = '社区工作人员 · 金城街道新华社区'

test('工作人员不能为自己补录签到、不能处理自己反映的问题', async ({ app }) => {
  test.setTimeout(90_000)

  await test.step('a staff member of 新华社区 with a profile signs up for the 楼道清洁日', async () => {
    await app.open('/pages/mine/index')
    await app.acceptPrivacy()
    await app.switchTo('demo-staff')
    await app.bindInvite('JC-STAFF-2026', STAFF_ROLE)
    await app.fillProfile('张社工', '13700001111', () => app.pickHomeCommunity())
    await app.open('/packages/volunteer/detail/index?id=act-seed-1')
    await app.tap('立即报名')
    await app.confirmDialog('报名')
    await expect(app.text('我的报名：已报名')).toBeVisible()
  })

  await test.step('once it has started, their own roster row says a colleague must record it', async () => {
    await app.open('/packages/demo/index')
    await app.tap('快进 1 小时')
    await expect(app.text('（已调整）')).toBeVisible()
    await app.open('/packages/staff/roster/index?id=act-seed-1')
    await expect(app.text('进行中')).toBeVisible()
    await expect(app.text('本人报名，请由本社区其他工作人员补录')).toBeVisible()
    await expect(app.button('补签到')).toHaveCount(0)
    await app.shot('roster-own-row')
  })

  let ticketNo = ''
  await test.step('they report a problem in their own community', async () => {
    await app.open('/packages/grid/report/index')
    await app.tap(app.find('[data-category="sanitation"]'))
    await app.textarea('description').fill('社区西门投放点的垃圾桶盖坏了')
    await app.input('address').fill('新华社区西门投放点')
    await app.tap('提交反映')
    await app.expectRoute('/packages/grid/done/index')
    ticketNo = (await app.testId('ticket-no').innerText()).trim()
  })

  await test.step('the handling page shows why they cannot handle it, in both modes', async () => {
    await app.open(`/packages/grid/handle/index?no=${ticketNo}`)
    await expect(app.text('这是你本人反映的问题')).toBeVisible()
    await expect(app.button('受理')).toHaveCount(0)
    await app.shot('handle-own-ticket')
    await app.open('/pages/mine/index')
    await app.tap(app.find('.elder-switch'))
    await expect(app.find('.page.elder').first()).toBeVisible()
    await app.open(`/packages/grid/handle/index?no=${ticketNo}`)
    await expect(app.text('这是你本人反映的问题')).toBeVisible()
    await app.shot('handle-own-ticket-elder')
    await app.open('/packages/staff/roster/index?id=act-seed-1')
    await expect(app.text('本人报名，请由本社区其他工作人员补录')).toBeVisible()
    await app.shot('roster-own-row-elder')
  })
})
