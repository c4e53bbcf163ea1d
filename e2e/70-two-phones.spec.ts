// Two phones, one server (project `two-phones` only): the server-mode build (dist/h5-server,
// `npm run build:h5:server`) against the API server on PostgreSQL (e2e/server-stack.ts, a fresh
// database per run). Phone A is this test's page, phone B a second browser context: what one phone
// writes, the other reads from the server.
//   - the resident redeems eggs at 易捷便利店 on A; the clerk on B looks the code up and confirms;
//     A's order page flips to 已核销 by itself and 积分 shows the points posted;
//   - staff on B show the rotating check-in code of the seeded activity starting in 20 minutes;
//     a resident on A types its short code and is checked in; B's roster shows it.
import type { Browser, Page, TestInfo } from '@playwright/test'
import type { App } from './app'
import { expect, test } from './fixtures'
import { startServerStack, type Stack } from './server-stack'

/** The port dist/h5-server was built for (`npm run build:h5:server` → http://127.0.0.1:8787). */
const API_PORT = Number(process.env.E2E_API_PORT || 8787)
const CLERK_ROLE = '店员 · 易捷便利店 新华社区店'
const STAFF_ROLE = '社区工作人员 · 金城街道新华社区'
/** The seeded activity that starts 20–25 minutes after the seed (src/cloud/seed/volunteer.ts). */
const LIVE_ACTIVITY = '楼道清洁日'

let stack: Stack | undefined

// eslint-disable-next-line no-empty-pattern
test.beforeAll(async ({}, testInfo) => {
  testInfo.setTimeout(150_000)
  stack = await startServerStack({ h5Url: String(testInfo.project.use.baseURL), apiPort: API_PORT })
})

test.afterAll(async () => {
  await stack?.stop()
  stack = undefined
})

// eslint-disable-next-line no-empty-pattern
test.afterEach(async ({}, testInfo) => {
  if (stack && testInfo.status !== testInfo.expectedStatus)
    await testInfo.attach('api-server.txt', { body: stack.serverLog() || '(nothing logged)' })
})

/** Phone B: a second browser context (own storage, own session) like the project's phone. */
async function secondPhone(browser: Browser, testInfo: TestInfo, a: App) {
  const use = testInfo.project.use
  const context = await browser.newContext({
    baseURL: use.baseURL,
    viewport: use.viewport,
    deviceScaleFactor: use.deviceScaleFactor,
    isMobile: use.isMobile,
    hasTouch: use.hasTouch,
    locale: use.locale,
    timezoneId: use.timezoneId,
  })
  const page: Page = await context.newPage()
  page.setDefaultTimeout(10_000)
  page.setDefaultNavigationTimeout(20_000)
  const errors: string[] = []
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`phone B console.error: ${msg.text()}`)
  })
  page.on('pageerror', (e) => errors.push(`phone B uncaught: ${e.message}`))
  const b = a.fork(page, 'B')
  return {
    b,
    /** Closes phone B; fails on any browser error it logged. */
    async close() {
      await context.close()
      expect(errors, 'phone B logged no browser errors').toEqual([])
    },
  }
}

/** 首页 → 积分兑换: the partner shops. */
async function openShop(app: App) {
  await app.tab('首页')
  await app.tap(app.find('[data-entry="redeem"]'))
  await app.expectRoute('/packages/shop/index/index')
  await expect(app.text('合作商户')).toBeVisible()
}

/** A first start on 我的: the privacy sheet, then (optionally) a demo identity. */
async function start(app: App, openid?: string) {
  await app.open('/pages/mine/index')
  await app.acceptPrivacy()
  if (openid) await app.switchTo(openid)
}

test('两台手机：居民兑换，店员在另一台手机上核销', async ({ app: a, browser }, testInfo) => {
  test.setTimeout(150_000)
  const { b, close } = await secondPhone(browser, testInfo, a)
  let code = ''

  await test.step('phone A: resident A fills the real-name profile', async () => {
    await start(a)
    await a.fillProfile('王秀兰', '13912345678')
  })

  await test.step('phone B: the clerk binds YJ-CLERK-2026 and opens 店员核销', async () => {
    await start(b, 'demo-clerk')
    await b.bindInvite('YJ-CLERK-2026', CLERK_ROLE)
    await openShop(b)
    await b.tap('店员核销')
    await b.expectRoute('/packages/shop/clerk/index')
    await expect(b.text('今日已核销 0 笔')).toBeVisible()
    await b.shot('clerk')
  })

  await test.step('phone A: redeems eggs at 易捷便利店 and shows the code', async () => {
    await openShop(a)
    await a.tap(a.find('[data-shop="shop-yj-xinhua"]'))
    await a.expectRoute('/packages/shop/goods/index')
    const row = a.find('[data-goods="goods-02"]')
    await expect(row).toBeVisible()
    await a.tap(row.locator('taro-button-core'))
    await expect(a.text('共需')).toBeVisible()
    await a.tap(a.visible('确认兑换').last())
    await a.expectRoute('/packages/shop/order/index')
    await expect(a.text('鸡蛋 10 枚 ×1')).toBeVisible()
    const shown = a.testId('order-code')
    await expect(shown).toHaveText(/^\s*\d{8}\s*$/)
    code = (await shown.innerText()).trim()
    await expect(a.text(/请在 \d\d:\d\d 内出示给店员核销/)).toBeVisible()
    await a.shot('A-order-code')
  })

  await test.step('phone B: the clerk types the code, sees the order and confirms it', async () => {
    await b.input('code').fill(code)
    await b.tap(b.visible('查询').last())
    await expect(b.text('居民：王**')).toBeVisible()
    await expect(b.text('鸡蛋 10 枚 ×1')).toBeVisible()
    await expect(b.body, 'the resident’s name is masked').not.toContainText('王秀兰', { useInnerText: true })
    await b.shot('lookup')
    await b.tap('确认核销')
    await expect(b.text('核销成功')).toBeVisible()
    await expect(b.text('今日已核销 1 笔，共 30 积分')).toBeVisible()
    await b.shot('confirmed')
  })

  await test.step('phone A: the open order flips to 已核销 by itself, 积分 shows the points posted', async () => {
    // the order page asks the server every 4 s while its code is open
    await expect(a.text('积分已扣除')).toBeVisible({ timeout: 15_000 })
    await expect(a.text('已核销')).toBeVisible()
    await a.shot('A-order-confirmed')
    await a.open('/pages/points/index')
    await expect(a.testId('available')).toHaveText(/^\s*90\s*$/)
    await expect(a.text('兑换 鸡蛋 10 枚 ×1')).toBeVisible()
    await a.shot('A-points')
  })

  await close()
})

test('两台手机：工作人员出示签到码，居民输入短码签到', async ({ app: a, browser }, testInfo) => {
  test.setTimeout(150_000)
  const { b, close } = await secondPhone(browser, testInfo, a)
  let shortCode = ''

  await test.step('phone B: staff bind JC-STAFF-2026', async () => {
    await start(b, 'demo-staff')
    await b.bindInvite('JC-STAFF-2026', STAFF_ROLE)
  })

  await test.step('phone A: resident B fills the profile and signs up for the activity about to start', async () => {
    await start(a, 'demo-resident-b')
    await a.fillProfile('李建国', '13812345678')
    await a.tab('志愿')
    await a.tap(LIVE_ACTIVITY)
    await a.expectRoute('/packages/volunteer/detail/index')
    await a.tap('立即报名')
    // it starts within 2 hours: past the cancel deadline, the app asks first
    await expect(a.text('报名后不能取消')).toBeVisible()
    await a.shot('A-no-cancel-warning')
    await a.confirmDialog('现在报名后将不能取消')
    await expect(a.text('我的报名：已报名')).toBeVisible()
    await a.shot('A-signed-up')
  })

  await test.step('phone B: the roster lists the resident; staff show the rotating check-in code', async () => {
    await b.open('/packages/staff/activities/index')
    await b.tap(LIVE_ACTIVITY)
    await b.expectRoute('/packages/staff/roster/index')
    await expect(b.text('李建国')).toBeVisible()
    await b.tap('出示签到码')
    await b.expectRoute('/packages/staff/qr/index')
    await expect(b.testId('qr-activity')).toHaveText(LIVE_ACTIVITY)
    await expect(b.text('秒后自动刷新')).toBeVisible()
    const shown = b.testId('short-code')
    await expect(shown).toHaveText(/^\s*[2-9A-Z]{8}\s*$/)
    shortCode = (await shown.innerText()).trim()
    await b.shot('checkin-code')
  })

  await test.step('phone A: the resident types the short code and is checked in', async () => {
    await a.back()
    await a.tap('扫码签到')
    await a.expectRoute('/packages/volunteer/checkin/index')
    await a.input('checkinCode').fill(shortCode)
    await a.tap('提交签到码')
    await expect(a.text('签到成功')).toBeVisible()
    await expect(a.text(LIVE_ACTIVITY)).toBeVisible()
    await a.shot('A-checked-in')
  })

  await test.step('phone B: back on the roster, the resident shows checked in', async () => {
    await b.open('/packages/staff/activities/index')
    await b.tap(LIVE_ACTIVITY)
    await b.expectRoute('/packages/staff/roster/index')
    await expect(b.find('.roster-row').filter({ hasText: '李建国' })).toContainText(/签到 \d\d:\d\d/)
    await b.shot('roster')
  })

  await close()
})
