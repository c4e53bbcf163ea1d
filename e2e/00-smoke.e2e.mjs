// Smoke: the H5 app boots, shows the four tabs and every tab can be opened.
// Deliberately about the tab bar only, so it survives the real pages replacing the placeholders.
export const name = 'app boots; tab bar 首页 / 志愿 / 积分 / 我的 switches pages'

const TABS = [
  { label: '首页', route: '/pages/home/index', shot: 'home' },
  { label: '志愿', route: '/pages/volunteer/index', shot: 'volunteer' },
  { label: '积分', route: '/pages/points/index', shot: 'points' },
  { label: '我的', route: '/pages/mine/index', shot: 'mine' },
]

export async function run(t) {
  await t.step('open the app', async () => {
    await t.open()
    // First start: the privacy sheet covers the page and hides the tab bar until it is answered.
    await t.tapIfPresent('同意并继续', { timeout: 5_000 })
    t.assert.deepEqual(
      await t.tabLabels(),
      TABS.map((tab) => tab.label),
    )
    t.assert.equal(t.route(), TABS[0].route, 'the app starts on the first tab')
  })

  // A fresh profile may first be asked to accept the privacy guide (a sheet over the page).
  await t.step('accept the privacy guide if asked', async () => {
    if (await t.tapIfPresent('同意并继续')) await t.expectNoText('同意并继续')
  })

  // Visit the other tabs first, then come back to 首页, so every tap is a real switch.
  for (const tab of [...TABS.slice(1), TABS[0]]) {
    await t.step(`tap ${tab.label}`, async () => {
      await t.tab(tab.label)
      await t.expectRoute(tab.route)
      await t.shot(tab.shot)
    })
  }
}
