// Foundation journey on one device: privacy consent, 街道动态, 积分, the real-name profile,
// binding the staff invite code, switching identity with the demo tools, and 长辈模式 surviving a reload.
// Also run with the clock fixed at GRAPE_SEASON (@clock), where the dates the app shows are known.
import type { Locator } from '@playwright/test'
import { GRAPE_SEASON } from './clock'
import { expect, test } from './fixtures'

/** What a finger would hit at the middle of `target` is `target` (nothing covers it). */
async function expectUncovered(target: Locator): Promise<void> {
  await expect(target).toBeInViewport({ ratio: 1 })
  const hit = () =>
    target.evaluate((el) => {
      const r = el.getBoundingClientRect()
      const top = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2)
      return top !== null && el.contains(top)
    })
  await expect.poll(hit, { message: 'nothing covers it' }).toBe(true)
}

const STAFF_ROLE = '社区工作人员 · 金城街道新华社区'

test(
  '首页 / 积分 / 我的：隐私同意、实名资料、绑定身份、切换身份、长辈模式',
  { tag: '@clock' },
  async ({ app, page, clockTime }) => {
    // with the clock fixed (project phone-2027-07-20) the demo data was seeded on 2027-07-20 21:30
    const fixedClock = clockTime !== undefined
    if (fixedClock) expect(clockTime, 'the dates checked below are those of GRAPE_SEASON').toBe(GRAPE_SEASON)

    await test.step('first start asks for privacy consent', async () => {
      await app.open()
      await expect(app.text('任城邻里隐私保护指引')).toBeVisible()
      await app.shot('privacy-sheet')
    })

    await test.step('the full guide reads to its end, and coming back the sheet is still whole', async () => {
      await app.tap('查看完整的《隐私保护指引》')
      await app.expectRoute('/packages/info/privacy/index')
      await expect(app.find('.taro_page[id^="/packages/info/privacy/index"]')).toHaveClass(
        /taro_page_stationed/,
      )
      await expect(page.getByRole('dialog', { name: '隐私保护指引' }).filter({ visible: true })).toHaveCount(
        0,
      )
      const agreeHere = app.button('同意本指引')
      await agreeHere.scrollIntoViewIfNeeded()
      await expectUncovered(agreeHere)
      await app.shot('privacy-full-end')
      await app.back()
      await app.expectRoute('/pages/home/index')
      await expect(app.tabBar).toBeHidden()
      await expectUncovered(app.button('暂不同意'))
      await expectUncovered(app.button('同意并继续'))
      await app.shot('privacy-sheet-after-guide')
      await app.acceptPrivacy()
    })

    await test.step('首页 shows the services and 街道动态', async () => {
      await expect(app.text('志愿服务')).toBeVisible()
      await expect(app.text('网格+热线')).toBeVisible()
      const firstCard = app.find('.news-card').first()
      await expect(firstCard).toBeVisible()
      // the newest story was posted three hours before the first start
      if (fixedClock) await expect(firstCard.locator('.news-card__meta')).toContainText('7月20日')
      const title = (await firstCard.locator('.news-card__title').innerText()).trim()
      expect(title).not.toBe('')
      await app.shot('home')
      await app.tap(firstCard)
      await app.expectRoute('/packages/info/news/index')
      await expect(app.text(title)).toBeVisible()
      await app.shot('news-detail')
      await app.back()
      await app.expectRoute('/pages/home/index')
    })

    await test.step('积分 shows the opening balance with its reason', async () => {
      await app.tab('积分')
      await expect(app.text('积分明细')).toBeVisible()
      const available = app.testId('available')
      await expect(available).toHaveText(/^\d+$/)
      expect(Number(await available.innerText()), 'demo resident A starts with points').toBeGreaterThan(0)
      const opening = app.find('.ledger__row').filter({ hasText: '往期志愿服务积分转入' })
      await expect(opening).toBeVisible()
      // transferred three days before the first start
      if (fixedClock) await expect(opening).toContainText('7月17日 21:30')
      await app.shot('points')
    })

    await test.step('我的: an invalid phone is refused inline, a valid profile is saved masked', async () => {
      await app.tab('我的')
      await expect(app.text('完善实名信息')).toBeVisible()
      await app.input('name').fill('王秀兰')
      await app.input('phone').fill('12345')
      await app.tap('保存')
      await expect(app.text('请输入 11 位大陆手机号')).toBeVisible()
      await app.shot('profile-invalid')
      await app.input('phone').fill('13912345678')
      await app.tap('保存')
      await expect(app.text('139****5678')).toBeVisible()
      await expect(app.body, 'the full phone number is never shown').not.toContainText('13912345678', {
        useInnerText: true,
      })
      await app.shot('profile-saved')
    })

    await test.step('binding the staff invite code adds the staff role', async () => {
      await app.bindInvite('JC-STAFF-2026', STAFF_ROLE)
      await app.bindInvite('JC-STAFF-2026', '无需重复绑定')
      await app.shot('staff-bound')
    })

    if (fixedClock) {
      await test.step('the demo tools show the fixed clock as the simulated time', async () => {
        await app.openDemoTools()
        await expect(app.text('模拟时间：')).toContainText(/模拟时间：2027年7月20日 21:3\d/)
        await app.back()
      })
    }

    await test.step('the demo tools switch to another resident and back', async () => {
      await app.switchTo('demo-resident-b')
      await expect(app.text('完善实名信息')).toBeVisible()
      await expect(app.text('139****5678')).toBeHidden()
      await app.tab('积分')
      await expect(app.text('还没有积分记录')).toBeVisible()
      await app.shot('resident-b-points')
      await app.tab('我的')
      await app.switchTo('demo-resident-a')
      await expect(app.text('139****5678')).toBeVisible()
      await expect(app.text(STAFF_ROLE)).toBeVisible()
    })

    await test.step('长辈模式 enlarges the type and survives a reload', async () => {
      const name = app.find('.profile__name').first()
      const fontSize = async () => parseFloat(await name.evaluate((el) => getComputedStyle(el).fontSize))
      const elderPage = (route: string) => app.find(`.taro_page[id^="${route}"] .page.elder`).first()
      const toggle = app.find('taro-switch-core input').first()
      const before = await fontSize()
      await expect(elderPage('/pages/mine/index')).toBeHidden()
      await app.tap(toggle)
      await expect(elderPage('/pages/mine/index')).toBeVisible()
      await expect
        .poll(fontSize, { message: `type grows in 长辈模式 (from ${before}px)` })
        .toBeGreaterThan(before)
      await app.shot('elder-mode')
      await page.reload()
      await expect(app.text('139****5678')).toBeVisible()
      await expect(elderPage('/pages/mine/index')).toBeVisible()
      await expect(toggle, 'the switch stays on').toBeChecked()
      await app.tab('首页')
      await expect(elderPage('/pages/home/index')).toBeVisible()
      await app.shot('elder-home')
    })
  },
)
