// 消息: a resident signs up for an activity that starts within the hour and redeems at 易捷; the clerk
// confirms the code; back on 我的 the 消息 row counts what is unread, opening a message marks it read
// and goes to what it is about, 全部标为已读 clears the count. Staff and clerk see the row too.
import { expect, test } from './fixtures'

test('消息：报名提醒、核销通知、未读数、标为已读', async ({ app }) => {
  test.setTimeout(150_000)
  const entry = () => app.find('.messages-entry')
  const badge = () => app.find('.messages-entry__badge')
  let code = ''

  await test.step('a new resident sees 消息 with nothing unread', async () => {
    await app.open('/pages/mine/index')
    await app.acceptPrivacy()
    await expect(entry()).toContainText('没有未读')
    await app.fillProfile('王秀兰', '13912345678')
    await app.tap(entry())
    await app.expectRoute('/packages/messages/index')
    await expect(app.text('还没有消息')).toBeVisible()
    await app.shot('empty')
    await app.back()
  })

  await test.step('signing up for 楼道清洁日, which starts within the hour, brings a reminder', async () => {
    await app.tab('志愿')
    await app.tap('楼道清洁日')
    await app.expectRoute('/packages/volunteer/detail/index')
    await app.tap('立即报名')
    // it starts within the hour, so its 2-hour cancel cutoff has passed: the app asks first
    await app.confirmDialog('报名后不能取消')
    await expect(app.text('我的报名：已报名')).toBeVisible()
    await app.open('/pages/mine/index')
    await expect(badge()).toHaveText('1')
    await app.shot('mine-unread')
  })

  await test.step('the resident redeems tissues at 易捷便利店', async () => {
    await app.tab('首页')
    await app.tap(app.find('[data-entry="redeem"]'))
    await app.tap(app.find('[data-shop="shop-yj-xinhua"]'))
    const row = app.find('[data-goods="goods-01"]')
    await app.tap(row.locator('taro-button-core'))
    await app.tap(app.visible('确认兑换').last())
    await app.expectRoute('/packages/shop/order/index')
    code = ((await app.testId('order-code').innerText()) ?? '').trim()
    expect(code).toMatch(/^\d{8}$/)
  })

  await test.step('the clerk confirms the code; the clerk’s own 消息 stays empty', async () => {
    await app.become('demo-clerk')
    await app.bindInvite('YJ-CLERK-2026', '店员 · 易捷便利店 新华社区店')
    await expect(entry()).toContainText('没有未读')
    await app.shot('clerk-mine')
    await app.tab('首页')
    await app.tap(app.find('[data-entry="redeem"]'))
    await app.tap('店员核销')
    await app.input('code').fill(code)
    await app.tap(app.visible('查询').last())
    await app.tap('确认核销')
    await expect(app.text('核销成功')).toBeVisible()
  })

  await test.step('back as the resident: two unread, newest first', async () => {
    await app.become('demo-resident-a')
    await expect(badge()).toHaveText('2')
    await app.tap(entry())
    await app.expectRoute('/packages/messages/index')
    await expect(app.text('2 条未读')).toBeVisible()
    const titles = app.find('.message__title')
    await expect(titles).toHaveText(['兑换已核销', '活动即将开始'])
    await expect(app.find('.message').first()).toContainText('抽纸')
    await app.shot('list-unread')
  })

  await test.step('opening the reminder marks it read and shows the activity', async () => {
    await app.tap(app.find('.message').filter({ hasText: '活动即将开始' }))
    await app.expectRoute('/packages/volunteer/detail/index')
    await expect(app.text('楼道清洁日')).toBeVisible()
    await app.backTo('/packages/messages/index')
    await expect(app.text('1 条未读')).toBeVisible()
    await expect(app.find('.message--read')).toContainText('活动即将开始')
  })

  await test.step('全部标为已读 clears the count on 我的', async () => {
    await app.tap(app.button('全部标为已读'))
    await expect(app.text('全部已读')).toBeVisible()
    await expect(app.find('.message__dot')).toHaveCount(0)
    await app.shot('list-read')
    await app.open('/pages/mine/index')
    await expect(entry()).toContainText('没有未读')
  })

  await test.step('in 长辈模式 the row and the list grow', async () => {
    const toggle = app.find('taro-switch-core input').first()
    await app.tap(toggle)
    await expect(app.find('.page.elder .messages-entry')).toBeVisible()
    await app.shot('elder-mine')
    await app.tap(entry())
    await app.expectRoute('/packages/messages/index')
    const title = app.find('.message__title').first()
    await expect
      .poll(async () => parseFloat(await title.evaluate((el) => getComputedStyle(el).fontSize)))
      .toBeGreaterThan(18)
    await app.shot('elder-list')
  })

  await test.step('staff see 消息 too', async () => {
    await app.become('demo-staff')
    await expect(entry()).toContainText('没有未读')
    await app.shot('staff-mine')
  })
})
