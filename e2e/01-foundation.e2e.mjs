// Foundation journey on one device: privacy consent, 街道动态, 积分, the real-name profile,
// binding the staff invite code, switching identity with the demo tools, and 长辈模式 surviving a reload.
export const name = '首页 / 积分 / 我的：隐私同意、实名资料、绑定身份、切换身份、长辈模式'

import { bindInvite, input, tapIdentity } from './lib/app.mjs'

export async function run(t) {
  await t.step('first start asks for privacy consent', async () => {
    await t.open()
    await t.expectText('任城邻里隐私保护指引')
    await t.shot('privacy-sheet')
    await t.tap('同意并继续')
    await t.expectNoText('同意并继续')
  })

  await t.step('首页 shows the services and 街道动态', async () => {
    await t.expectText('志愿服务')
    await t.expectText('网格+热线')
    const firstCard = t.page.locator('.news-card').first()
    await firstCard.waitFor({ state: 'visible' })
    const title = (await firstCard.locator('.news-card__title').innerText()).trim()
    await t.shot('home')
    await t.tap(firstCard)
    await t.expectRoute('/packages/info/news/index')
    await t.expectText(title)
    await t.shot('news-detail')
    await t.page.goBack()
    await t.expectRoute('/pages/home/index')
  })

  await t.step('积分 shows the opening balance with its reason', async () => {
    await t.tab('积分')
    await t.expectText('积分明细')
    const available = t.page.locator('[data-testid="available"]')
    await t.page.waitForFunction(() =>
      /^\d+$/.test(document.querySelector('[data-testid="available"]')?.textContent ?? ''),
    )
    t.assert.ok(Number(await available.innerText()) > 0, 'demo resident A starts with points')
    await t.expectText('往期志愿服务积分转入')
    await t.shot('points')
  })

  await t.step('我的: an invalid phone is refused inline, a valid profile is saved masked', async () => {
    await t.tab('我的')
    await t.expectText('完善实名信息')
    await input(t, 'name').fill('王秀兰')
    await input(t, 'phone').fill('12345')
    await t.tap('保存')
    await t.expectText('请输入 11 位大陆手机号')
    await t.shot('profile-invalid')
    await input(t, 'phone').fill('13912345678')
    await t.tap('保存')
    await t.expectText('139****5678')
    t.assert.ok(!(await t.pageText()).includes('13912345678'), 'the full phone number is never shown')
    await t.shot('profile-saved')
  })

  await t.step('binding the staff invite code adds the staff role', async () => {
    await bindInvite(t, 'JC-STAFF-2026', '社区工作人员 · 金城街道新华社区')
    await bindInvite(t, 'JC-STAFF-2026', '无需重复绑定')
    await t.shot('staff-bound')
  })

  await t.step('the demo tools switch to another resident and back', async () => {
    await tapIdentity(t, 'demo-resident-b')
    await t.expectText('完善实名信息')
    await t.expectNoText('139****5678')
    await t.tab('积分')
    await t.expectText('还没有积分记录')
    await t.shot('resident-b-points')
    await t.tab('我的')
    await tapIdentity(t, 'demo-resident-a')
    await t.expectText('139****5678')
    await t.expectText('社区工作人员 · 金城街道新华社区')
  })

  await t.step('长辈模式 enlarges the type and survives a reload', async () => {
    const nameText = t.page.locator('.profile__name').first()
    const before = parseFloat(await nameText.evaluate((el) => getComputedStyle(el).fontSize))
    await t.tap(t.page.locator('taro-switch-core input').first())
    await t.page.waitForFunction(
      () => document.querySelector('.taro_page:not([style*="none"]) .page.elder') !== null,
    )
    const after = parseFloat(await nameText.evaluate((el) => getComputedStyle(el).fontSize))
    t.assert.ok(after > before, `type grows in 长辈模式 (${before}px → ${after}px)`)
    await t.shot('elder-mode')
    await t.page.reload()
    await t.expectText('139****5678')
    await t.page.waitForFunction(() => document.querySelector('.page.elder') !== null)
    t.assert.ok(await t.page.locator('taro-switch-core input').first().isChecked(), 'the switch stays on')
    await t.tab('首页')
    await t.page.waitForFunction(
      () => document.querySelector('.taro_page:not([style*="none"]) .page.elder') !== null,
    )
    await t.shot('elder-home')
  })
}
