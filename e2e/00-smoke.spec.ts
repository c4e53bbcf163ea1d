// Smoke: the H5 app boots, shows the four tabs and every tab can be opened.
// Deliberately about the tab bar only, so it survives the real pages replacing the placeholders.
import { expect, test } from './fixtures'

const TABS = [
  { label: '首页', route: '/pages/home/index', shot: 'home' },
  { label: '志愿', route: '/pages/volunteer/index', shot: 'volunteer' },
  { label: '积分', route: '/pages/points/index', shot: 'points' },
  { label: '我的', route: '/pages/mine/index', shot: 'mine' },
]

test('app boots; tab bar 首页 / 志愿 / 积分 / 我的 switches pages', async ({ app }) => {
  await test.step('a first start opens on 首页 and asks for privacy consent', async () => {
    await app.open()
    await app.expectRoute(TABS[0].route)
    // the privacy sheet covers the page and hides the tab bar until it is answered
    await app.acceptPrivacy()
  })

  await test.step('the tab bar shows the four tabs in order', async () => {
    await expect(app.tabBar).toBeVisible()
    await expect(app.tabLabels).toHaveText(TABS.map((tab) => tab.label))
  })

  // Visit the other tabs first, then come back to 首页, so every tap is a real switch.
  for (const tab of [...TABS.slice(1), TABS[0]]) {
    await test.step(`tap ${tab.label}`, async () => {
      await app.tab(tab.label)
      await app.expectRoute(tab.route)
      await app.shot(tab.shot)
    })
  }
})
