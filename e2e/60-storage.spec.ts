// The on-device store in a real browser: two tabs of the app writing in turn lose nothing, and a
// stored value the browser cannot read is backed up as it was, not overwritten by the demo data.
import { App } from './app'
import { expect, test } from './fixtures'

const STAFF_ROLE = '社区工作人员 · 金城街道新华社区'

test('两个标签页先后保存：两边的修改都在', async ({ app, page }, testInfo) => {
  await app.open('/pages/mine/index')
  await app.acceptPrivacy()
  await expect(app.text('完善实名信息')).toBeVisible()

  const other = new App(await page.context().newPage(), testInfo)
  await other.open('/pages/mine/index')
  await other.bindInvite('JC-STAFF-2026', STAFF_ROLE)

  // the first tab still holds the data as it was before the second tab's write
  await app.fillProfile('王秀兰', '13912345678')
  await app.shot('first-tab-after-both-writes')

  for (const tab of [app, other]) {
    await tab.open('/pages/mine/index')
    await expect(tab.text(STAFF_ROLE)).toBeVisible()
    await expect(tab.text('139****5678')).toBeVisible()
  }
})

test('本机数据损坏：原样备份，应用重新开始并说明', async ({ app, page }) => {
  await app.open('/pages/mine/index')
  await app.acceptPrivacy()
  await expect(app.text('完善实名信息')).toBeVisible()

  const broken = '[{"_id":"demo-resident-a","accountId":'
  const key = await page.evaluate((raw) => {
    const chunk = Object.keys(localStorage).find((k) => k.startsWith('linli:v2:users:'))
    if (!chunk) throw new Error('no users chunk in localStorage')
    localStorage.setItem(chunk, raw)
    return chunk
  }, broken)

  await app.open('/pages/mine/index')
  await expect(app.text('已原样备份')).toBeVisible()
  await app.shot('recovered-notice')
  const backups = await page.evaluate(
    (prefix) =>
      Object.keys(localStorage)
        .filter((k) => k.startsWith(prefix))
        .map((k) => localStorage.getItem(k)),
    `linli:backup:${key}:`,
  )
  expect(backups.map((stored) => JSON.parse(stored ?? '{}').data)).toEqual([broken])
  await expect(app.text('完善实名信息')).toBeVisible()
})

test('存储快满：「我的」说明已用多少、该怎么办（普通与长辈模式）', async ({ app, page }) => {
  await app.open('/pages/mine/index')
  await app.acceptPrivacy()
  await expect(app.text('完善实名信息')).toBeVisible()
  await expect(app.find('.storage-notice')).toHaveCount(0)

  // another page of the same site fills most of the browser's storage
  await page.evaluate(() => localStorage.setItem('other-site-page', 'x'.repeat(4_300_000)))
  await app.open('/pages/mine/index')
  const notice = app.find('.storage-notice')
  await expect(notice).toBeVisible()
  await expect(notice).toContainText(/已用了 \d+%/)
  await app.shot('storage-notice')
  await app.tap(app.find('.elder-switch'))
  await expect(app.find('.page.elder').first()).toBeVisible()
  await notice.scrollIntoViewIfNeeded()
  await expect(notice).toBeInViewport()
  await app.shot('storage-notice-elder')
})
