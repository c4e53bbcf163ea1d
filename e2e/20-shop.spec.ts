// Redemption on one device: a resident redeems two items at 易捷便利店, the clerk (bound with
// YJ-CLERK-2026) confirms one code typed in and one read from the QR on screen, a repeat is refused
// with its time, and back as the resident the order shows 已核销 and the balance has dropped.
import type { App } from './app'
import { expect, test } from './fixtures'

/** 首页 → 积分兑换: the partner shops. */
async function openShop(app: App) {
  await app.tab('首页')
  await app.tap(app.find('[data-entry="redeem"]'))
  await app.expectRoute('/packages/shop/index/index')
  await expect(app.text('合作商户')).toBeVisible()
}

/** Redeems one of `goodsId` at 易捷便利店 新华社区店; returns the order's 8-digit code. */
async function redeem(app: App, goodsId: string, label: string) {
  await app.tap(app.find('[data-shop="shop-yj-xinhua"]'))
  await app.expectRoute('/packages/shop/goods/index')
  const row = app.find(`[data-goods="${goodsId}"]`)
  await expect(row).toBeVisible()
  await app.tap(row.locator('taro-button-core'))
  await expect(app.text('共需')).toBeVisible()
  await app.shot(`sheet-${goodsId}`)
  await app.tap(app.visible('确认兑换').last())
  await app.expectRoute('/packages/shop/order/index')
  await expect(app.text(label)).toBeVisible()
  const code = app.testId('order-code')
  await expect(code).toHaveText(/^\s*\d{8}\s*$/)
  return (await code.innerText()).trim()
}

/** The clerk types a code and looks it up. */
async function clerkCheck(app: App, code: string) {
  await app.input('code').fill(code)
  await app.tap(app.visible('查询').last())
}

test('积分兑换：居民兑换、店员输码与扫码核销、重复核销被拒、余额扣减', async ({ app }) => {
  test.setTimeout(150_000)
  let first = ''
  let second = ''

  await test.step('resident A fills the real-name profile', async () => {
    await app.open('/pages/mine/index')
    await app.acceptPrivacy()
    await app.fillProfile('王秀兰', '13912345678')
  })

  await test.step('resident A redeems eggs and tissues and sees codes with a countdown', async () => {
    await openShop(app)
    await app.shot('shops')
    first = await redeem(app, 'goods-02', '鸡蛋 10 枚 ×1')
    await expect(app.text(/请在 \d\d:\d\d 内出示给店员核销/)).toBeVisible()
    await app.shot('order-code')
    await app.back()
    await app.expectRoute('/packages/shop/goods/index')
    await expect(app.text('（已兑 1）')).toBeVisible()
    await app.back()
    second = await redeem(app, 'goods-01', '抽纸 3 包装 ×1')
    expect(second).not.toBe(first)
  })

  let scannedCode = ''
  await test.step('the second code is read from the QR on screen', async () => {
    const link = await app.decodeQr()
    expect(link).toMatch(/\/redeem\?c=\d{8}$/)
    scannedCode = new URL(link).searchParams.get('c') ?? ''
    expect(scannedCode).toBe(second)
  })

  await test.step('the clerk binds YJ-CLERK-2026', async () => {
    await app.become('demo-clerk')
    await app.bindInvite('YJ-CLERK-2026', '店员 · 易捷便利店 新华社区店')
    await openShop(app)
    await app.tap('店员核销')
    await app.expectRoute('/packages/shop/clerk/index')
    await expect(app.text('今日已核销 0 笔')).toBeVisible()
  })

  await test.step('the clerk types the first code, sees the order and confirms it', async () => {
    await clerkCheck(app, first)
    await expect(app.text('居民：王**')).toBeVisible()
    await expect(app.text('鸡蛋 10 枚 ×1')).toBeVisible()
    await expect(app.body, 'the resident’s name is masked').not.toContainText('王秀兰', {
      useInnerText: true,
    })
    await app.shot('clerk-lookup')
    await app.tap('确认核销')
    await expect(app.text('核销成功')).toBeVisible()
    await expect(app.text('今日已核销 1 笔')).toBeVisible()
    await app.shot('clerk-confirmed')
  })

  await test.step('the clerk confirms the code read from the QR', async () => {
    await clerkCheck(app, scannedCode)
    await expect(app.text('抽纸 3 包装 ×1')).toBeVisible()
    await app.tap('确认核销')
    await expect(app.text('核销成功')).toBeVisible()
    await expect(app.text('今日已核销 2 笔，共 50 积分')).toBeVisible()
  })

  await test.step('a second confirm of the first code is refused with its time', async () => {
    await clerkCheck(app, first)
    await expect(app.text(/已于 \d\d:\d\d 核销/)).toBeVisible()
    await expect(app.find('.clerk-result--fail')).toHaveCount(1)
    await app.shot('clerk-already-confirmed')
  })

  await test.step('back as resident A: the order shows 已核销 and the balance dropped', async () => {
    await app.become('demo-resident-a')
    await openShop(app)
    await app.tap('我的兑换')
    await app.expectRoute('/packages/shop/orders/index')
    await expect(app.text('已核销')).toBeVisible()
    await app.shot('my-orders')
    await app.tap(app.find('.order-row').filter({ hasText: '鸡蛋' }))
    await app.expectRoute('/packages/shop/order/index')
    await expect(app.text('积分已扣除')).toBeVisible()
    await app.shot('order-confirmed')
    await app.open('/pages/points/index')
    await expect(app.testId('available')).toHaveText(/^\s*70\s*$/)
    await expect(app.text('兑换 鸡蛋 10 枚 ×1')).toBeVisible()
    await app.shot('points-after')
  })
})
