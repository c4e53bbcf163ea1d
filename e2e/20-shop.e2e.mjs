// Redemption on one device: a resident redeems two items at 易捷便利店, the clerk (bound with
// YJ-CLERK-2026) confirms one code typed in and one read from the QR on screen, a repeat is refused
// with its time, and back as the resident the order shows 已核销 and the balance has dropped.
import { acceptPrivacy, become, bindInvite, fillProfile, input } from './lib/app.mjs'
import { decodeQrFromScreen } from './lib/qr.mjs'

export const name = '积分兑换：居民兑换、店员输码与扫码核销、重复核销被拒、余额扣减'
export const timeout = 150_000

async function openShop(t) {
  await t.tab('首页')
  await t.tap(t.page.locator('[data-entry="redeem"]').filter({ visible: true }))
  await t.expectRoute('/packages/shop/index/index')
  await t.expectText('合作商户')
}

async function redeem(t, goodsId, label) {
  await t.tap(t.page.locator('[data-shop="shop-yj-xinhua"]').filter({ visible: true }))
  await t.expectRoute('/packages/shop/goods/index')
  const row = t.page.locator(`[data-goods="${goodsId}"]`).filter({ visible: true })
  await row.waitFor()
  await t.tap(row.locator('taro-button-core'))
  await t.expectText('共需')
  await t.shot(`sheet-${goodsId}`)
  await t.tap(t.visible('确认兑换').last())
  await t.expectRoute('/packages/shop/order/index')
  await t.expectText(label)
  const code = (
    await t.page.locator('[data-testid="order-code"]').filter({ visible: true }).innerText()
  ).trim()
  t.assert.match(code, /^\d{8}$/)
  return code
}

async function clerkCheck(t, code) {
  await input(t, 'code').fill(code)
  await t.tap(t.visible('查询').last())
}

export async function run(t) {
  let first
  let second

  await t.step('resident A fills the real-name profile', async () => {
    await t.open('/pages/mine/index')
    await acceptPrivacy(t)
    await fillProfile(t, '王秀兰', '13912345678')
  })

  await t.step('resident A redeems eggs and tissues and sees codes with a countdown', async () => {
    await openShop(t)
    await t.shot('shops')
    first = await redeem(t, 'goods-02', '鸡蛋 10 枚 ×1')
    await t.expectText(/请在 \d\d:\d\d 内出示给店员核销/)
    await t.shot('order-code')
    await t.page.goBack()
    await t.expectRoute('/packages/shop/goods/index')
    await t.expectText('（已兑 1）')
    await t.page.goBack()
    second = await redeem(t, 'goods-01', '抽纸 3 包装 ×1')
    t.assert.notEqual(first, second)
  })

  let scannedCode
  await t.step('the second code is read from the QR on screen', async () => {
    const link = await decodeQrFromScreen(t)
    t.assert.match(link, /\/redeem\?c=\d{8}$/)
    scannedCode = new URL(link).searchParams.get('c')
    t.assert.equal(scannedCode, second)
  })

  await t.step('the clerk binds YJ-CLERK-2026', async () => {
    await become(t, 'demo-clerk')
    await bindInvite(t, 'YJ-CLERK-2026', '店员 · 易捷便利店 新华社区店')
    await openShop(t)
    await t.tap('店员核销')
    await t.expectRoute('/packages/shop/clerk/index')
    await t.expectText('今日已核销 0 笔')
  })

  await t.step('the clerk types the first code, sees the order and confirms it', async () => {
    await clerkCheck(t, first)
    await t.expectText('居民：王**')
    await t.expectText('鸡蛋 10 枚 ×1')
    t.assert.ok(!(await t.pageText()).includes('王秀兰'), 'the resident’s name is masked')
    await t.shot('clerk-lookup')
    await t.tap('确认核销')
    await t.expectText('核销成功')
    await t.expectText('今日已核销 1 笔')
    await t.shot('clerk-confirmed')
  })

  await t.step('the clerk confirms the code read from the QR', async () => {
    await clerkCheck(t, scannedCode)
    await t.expectText('抽纸 3 包装 ×1')
    await t.tap('确认核销')
    await t.expectText('核销成功')
    await t.expectText('今日已核销 2 笔，共 50 积分')
  })

  await t.step('a second confirm of the first code is refused with its time', async () => {
    await clerkCheck(t, first)
    await t.expectText(/已于 \d\d:\d\d 核销/)
    t.assert.equal(await t.page.locator('.clerk-result--fail').filter({ visible: true }).count(), 1)
    await t.shot('clerk-already-confirmed')
  })

  await t.step('back as resident A: the order shows 已核销 and the balance dropped', async () => {
    await become(t, 'demo-resident-a')
    await openShop(t)
    await t.tap('我的兑换')
    await t.expectRoute('/packages/shop/orders/index')
    await t.expectText('已核销')
    await t.shot('my-orders')
    await t.tap(t.page.locator('.order-row').filter({ visible: true }).filter({ hasText: '鸡蛋' }))
    await t.expectRoute('/packages/shop/order/index')
    await t.expectText('积分已扣除')
    await t.shot('order-confirmed')
    await t.open('/pages/points/index')
    await t.page.waitForFunction(
      () => document.querySelector('[data-testid="available"]')?.textContent?.trim() === '70',
    )
    await t.expectText('兑换 鸡蛋 10 枚 ×1')
    await t.shot('points-after')
  })
}
