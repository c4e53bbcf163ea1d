// The full privacy guide, opened from the first-start sheet: agreeing there returns to the page the
// person was on, with the sheet gone and the tab bar back.
import { expect, test } from './fixtures'

test('完整隐私指引：在指引页同意后回到原来的页面', async ({ app }) => {
  const sheet = app.page.getByRole('dialog', { name: '隐私保护指引' }).filter({ visible: true })
  await app.open('/pages/points/index')
  await expect(sheet).toBeVisible()
  await app.tap('查看完整的《隐私保护指引》')
  await app.expectRoute('/packages/info/privacy/index')
  await expect(sheet, 'no sheet over the guide itself').toHaveCount(0)
  await app.tap(app.button('同意本指引'))
  await app.expectRoute('/pages/points/index')
  await expect(sheet).toHaveCount(0)
  await expect(app.tabBar).toBeVisible()
  await app.shot('points-after-guide')
  await app.tab('我的')
  await expect(sheet, 'agreed once, asked nowhere again').toHaveCount(0)
})
