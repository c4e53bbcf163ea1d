// 物业红黑榜: a resident of 新华苑 reads last month's red and black lists, scores their 小区's property
// company (and changes the score), reads how a company's month was scored (12-month chart, records,
// late tickets, the 物业's reply on a black-listed month) and the 小区's open accounts, and asks about
// a line. The 物业 (XH-PROPERTY-2026) answers and enters last month's accounts again — holding the
// staff role too, they cannot confirm what they entered; another staff member (JC-STAFF-2026)
// confirms, and the resident now sees the month and the answer. Key pages again in 长辈模式.
// Months are read off the app (data-month), never computed from the wall clock.
import type { App } from './app'
import { expect, test } from './fixtures'

const BOARD = '/packages/property/index'
const COMPANY = '/packages/property/company/index'
const SCORE = '/packages/property/score/index'
const ACCOUNTS = '/packages/property/accounts/index'
const XINYI = '任城信义物业服务有限公司'
const HENGAN = '恒安物业服务有限公司'
const STAFF_ROLE = '社区工作人员 · 金城街道新华社区'
const QUESTION = '保洁支出比上个月高，是增加了保洁人员吗？'
const ANSWER = '本月起每栋楼增加一次下午保洁，新增两名保洁员，工资已计入保洁支出。'

/** Taps star `n` of a score item on the score page. */
const star = (app: App, item: string, n: number) =>
  app.find(`.pm-rate[data-item="${item}"] [data-value="${n}"]`)

/** The month the month switch shows, as `YYYY年M月`. */
const shownMonth = async (app: App) => (await app.testId('month').innerText()).trim()

test('物业红黑榜：评分、企业月度明细、收支公开与提问、物业录入与社区确认', async ({ app }) => {
  test.setTimeout(180_000)

  await test.step('a resident fills the profile and opens 物业红黑榜 from the home tile', async () => {
    await app.open('/pages/mine/index')
    await app.acceptPrivacy()
    await app.fillProfile('王秀兰', '13912345678', () => app.pickHomeCommunity())
    await app.tab('首页')
    await app.tap('物业红黑榜')
    await app.expectRoute(BOARD)
    await expect(app.text('物业服务 · 每月红黑榜')).toBeVisible()
  })

  let lastMonth = ''
  await test.step("last month's 红榜 of 金城街道 has 任城信义物业 with its score and scorers", async () => {
    const red = app.testId('red-list')
    await expect(red.locator('[data-company="co-xinyi"]')).toBeVisible()
    await expect(red.locator('[data-company="co-xinyi"] [data-grade="AAA"]')).toBeVisible()
    await expect(red).toContainText('人评分')
    await expect(app.testId('black-list')).toContainText('本月没有企业列入黑榜')
    lastMonth = await shownMonth(app)
    expect(lastMonth).toMatch(/^\d{4}年\d{1,2}月$/)
    await expect(app.testId('my-estate')).toContainText('选择你住的小区后')
    await app.shot('board-last-month')
  })

  await test.step('the black list of 济阳街道 the month before names 恒安物业', async () => {
    await app.tap(app.testId('street-switch').getByText('济阳街道'))
    await app.tap(app.find('[aria-label="上个月"]'))
    await expect(app.testId('month')).not.toHaveText(lastMonth)
    const black = app.testId('black-list')
    await expect(black.locator('[data-company="co-hengan"] [data-grade="C"]')).toBeVisible()
    await expect(black).toContainText('扣分 −5')
    await app.shot('board-jiyang-black')
  })

  await test.step('the black-listed month on 恒安物业 page: chart, records and the 物业 reply', async () => {
    await app.tap(app.testId('black-list').locator('[data-company="co-hengan"]'))
    await app.expectRoute(COMPANY)
    await expect(app.testId('company-name')).toHaveText(HENGAN)
    await expect(app.testId('history-chart').locator('[data-testid="chart-bar"]')).toHaveCount(12)
    const detail = app.testId('month-detail')
    await expect(detail.locator('[data-grade="C"]')).toBeVisible()
    await expect(detail.getByTestId('record')).toHaveCount(2)
    await expect(detail).toContainText('④ 逾期网格工单')
    await expect(detail.getByTestId('formula')).toBeVisible()
    await expect(detail.getByTestId('reply')).toContainText('已更换电梯维保单位')
    await app.shot('company-hengan')
    await detail.getByTestId('reply').scrollIntoViewIfNeeded()
    await app.shot('company-hengan-black-month-reply')
    await app.back()
    await app.expectRoute(BOARD)
  })

  await test.step('the resident picks 新华苑 in 我的小区', async () => {
    await app.tap(app.button('选择我的小区'))
    await app.tap(app.testId('estate-picker').getByText('新华苑（新华社区）'))
    await expect(app.testId('my-estate-name')).toHaveText('新华苑 · 新华社区')
    await expect(app.testId('my-estate')).toContainText(XINYI)
    await app.shot('my-estate')
  })

  await test.step('they score 任城信义物业 on five items with a comment', async () => {
    await app.tap(app.button('去评分'))
    await app.expectRoute(SCORE)
    await expect(app.testId('score-company')).toHaveText(XINYI)
    await expect(app.testId('score-hint')).toHaveCount(0)
    await app.tap(app.button('提交评分'))
    await expect(app.text('没有打分')).toBeVisible()
    const items: [string, number][] = [
      ['cleaning', 5],
      ['order', 4],
      ['repair', 3],
      ['greening', 4],
      ['openness', 5],
    ]
    for (const [item, n] of items) await app.tap(star(app, item, n))
    await expect(app.find('.pm-rate[data-item="repair"]')).toContainText('3 分 一般')
    await app.textarea('comment').fill('楼道保洁很及时，维修要等两三天。')
    await app.shot('score-filled')
    await app.tap(app.button('提交评分'))
    await expect(app.testId('my-score')).toContainText('评分（')
    await expect(app.testId('my-score')).toContainText('本月结束前可以修改')
    await expect(app.button('修改评分')).toBeVisible()
  })

  await test.step('本月评分 shows when they come back, and they change it', async () => {
    await app.open(`${SCORE}?companyId=co-xinyi`)
    await expect(app.testId('my-score')).toBeVisible()
    await expect(app.find('.pm-rate[data-item="repair"]')).toContainText('3 分 一般')
    await expect(app.textarea('comment')).toHaveValue('楼道保洁很及时，维修要等两三天。')
    await app.tap(star(app, 'repair', 2))
    await app.tap(app.button('修改评分'))
    await expect(app.text('评分已修改')).toBeVisible()
    await app.open(`${SCORE}?companyId=co-xinyi`)
    await expect(app.find('.pm-rate[data-item="repair"]')).toContainText('2 分 较差')
    await app.shot('score-changed')
  })

  await test.step("任城信义物业's page: 12-month chart and last month's numbers", async () => {
    await app.open(BOARD)
    await app.tap(app.testId('red-list').locator('[data-company="co-xinyi"]'))
    await app.expectRoute(COMPANY)
    await expect(app.testId('company-name')).toHaveText(XINYI)
    await expect(app.testId('chart-bar')).toHaveCount(12)
    const detail = app.testId('month-detail')
    await expect(detail).toContainText(lastMonth)
    await expect(detail.locator('[data-grade="AAA"]')).toBeVisible()
    await expect(detail.getByTestId('item-table')).toContainText('保洁')
    await expect(detail.getByTestId('record')).toContainText('+3 暴雨后连夜抽排地下车库积水')
    await expect(detail).toContainText('④ 逾期网格工单')
    await expect(detail.getByTestId('reply')).toHaveCount(0)
    // months nobody scored are not drawn as a score
    await expect(app.testId('month-rows')).toContainText('无人评分')
    await app.shot('company-xinyi')
    await detail.scrollIntoViewIfNeeded()
    await app.shot('company-xinyi-month-detail')
    // an older month from the chart
    const first = app.testId('chart-bar').first()
    const older = (await first.getAttribute('data-month')) ?? ''
    await app.tap(first)
    await expect(detail).toHaveAttribute('data-month', older)
  })

  await test.step('收支公开 of 新华苑: last month is not yet confirmed, the month before is', async () => {
    await app.tap(app.text('服务小区：新华苑'))
    await app.expectRoute(ACCOUNTS)
    await expect(app.testId('month')).toHaveText(lastMonth)
    await expect(app.testId('accounts-status')).toHaveText('尚未公开')
    await expect(app.testId('not-published')).toBeVisible()
    await expect(app.testId('income')).toHaveCount(0)
    await app.shot('accounts-last-month-hidden')
    await app.tap(app.find('[aria-label="上个月"]'))
    await expect(app.testId('accounts-status')).toHaveText('社区已确认公开')
    await expect(app.testId('income')).toContainText('物业费')
    await expect(app.testId('spending')).toContainText('保洁支出')
    await expect(app.testId('balance')).toContainText('累计结余')
    await expect(app.testId('accounts-chart')).toBeVisible()
    await expect(app.testId('question')).toContainText('物业答复：更换了 3 号楼')
  })

  await test.step('they ask a question about 保洁支出', async () => {
    await app.tap(app.testId('spending').locator('[data-category="cleaning"] [data-testid="ask"]'))
    await app.textarea('ask').fill(QUESTION)
    await app.shot('accounts-ask')
    await app.tap(app.button('公开提问'))
    await expect(app.text('问题已公开')).toBeVisible()
    const mine = app.testId('question').filter({ hasText: QUESTION })
    await expect(mine).toContainText('【保洁支出】')
    await expect(mine).toContainText('等待物业答复')
    await app.shot('accounts-asked', { fullPage: true })
  })

  await test.step('the 物业 (XH-PROPERTY-2026, also bound as staff) answers it', async () => {
    await app.become('demo-clerk')
    await app.bindInvite('XH-PROPERTY-2026', `物业 · ${XINYI}`)
    await app.bindInvite('JC-STAFF-2026', STAFF_ROLE)
    // the 我的 row (我的身份 shows the same words as a tag)
    await app.tap(app.find('.links__row').filter({ hasText: `物业 · ${XINYI}` }))
    await app.expectRoute(COMPANY)
    await expect(app.testId('reply-form')).toBeVisible()
    await app.tap(app.text('服务小区：新华苑'))
    await app.expectRoute(ACCOUNTS)
    await app.tap(app.find('[aria-label="上个月"]'))
    const mine = app.testId('question').filter({ hasText: QUESTION })
    await mine.locator('textarea').fill(ANSWER)
    await app.tap(mine.locator('taro-button-core').filter({ hasText: '公开答复' }))
    await expect(app.text('答复已公开')).toBeVisible()
    await expect(mine).toContainText(`物业答复：${ANSWER}`)
  })

  await test.step('they enter last month again; holding the staff role, they cannot confirm it', async () => {
    await app.tap(app.find('[aria-label="下个月"]'))
    await expect(app.testId('month')).toHaveText(lastMonth)
    await expect(app.testId('accounts-status')).toHaveText('待社区确认 · 居民暂不可见')
    await expect(app.testId('enter-form')).toBeVisible()
    // the seed's entry is filled in; the 物业 corrects 保洁 and 其他
    await expect(app.input('amount-fee')).not.toHaveValue('')
    await app.input('amount-cleaning').fill('21880.50')
    await app.input('amount-other').fill('')
    await app.shot('property-enter', { fullPage: true })
    await app.tap(app.button('提交收支'))
    await expect(app.text('已录入，等社区确认后公开')).toBeVisible()
    await expect(app.testId('spending').locator('[data-category="cleaning"]')).toContainText('21,880.50')
    await expect(app.testId('spending').locator('[data-category="other"]')).toHaveCount(0)
    await expect(app.testId('confirm-blocked')).toContainText('是你录入的')
    await expect(app.button('确认公开')).toHaveCount(0)
    await app.shot('property-entered-cannot-confirm')
  })

  await test.step('another staff member of 新华社区 (JC-STAFF-2026) confirms it', async () => {
    await app.become('demo-staff')
    await app.bindInvite('JC-STAFF-2026', STAFF_ROLE)
    await app.open(BOARD)
    await app.tap(app.testId('staff-links').getByText('新华苑 · 收支核对确认'))
    await app.expectRoute(ACCOUNTS)
    await expect(app.testId('month')).toHaveText(lastMonth)
    await expect(app.testId('accounts-status')).toHaveText('待社区确认 · 居民暂不可见')
    await expect(app.testId('confirm-blocked')).toHaveCount(0)
    await app.shot('staff-confirm')
    await app.tap(app.button('确认公开'))
    await expect(app.text('已确认公开')).toBeVisible()
    await expect(app.testId('accounts-status')).toHaveText('社区已确认公开')
    await expect(app.button('确认公开')).toHaveCount(0)
  })

  await test.step('back as the resident: last month is public, and the answer is there', async () => {
    await app.become('demo-resident-a')
    await app.open(BOARD)
    await app.tap(app.button('收支公开'))
    await app.expectRoute(ACCOUNTS)
    await expect(app.testId('month')).toHaveText(lastMonth)
    await expect(app.testId('accounts-status')).toHaveText('社区已确认公开')
    await expect(app.testId('spending').locator('[data-category="cleaning"]')).toContainText('21,880.50')
    await app.shot('resident-last-month-public', { fullPage: true })
    await app.tap(app.find('[aria-label="上个月"]'))
    await expect(app.testId('question').filter({ hasText: QUESTION })).toContainText(`物业答复：${ANSWER}`)
    await app.shot('resident-answer')
  })

  await test.step('长辈模式: the board, the score, the company page and the accounts', async () => {
    await app.open('/pages/mine/index')
    await app.tap(app.find('.elder-switch'))
    await expect(app.find('.page.elder').first()).toBeVisible()
    await app.open(BOARD)
    await expect(app.find('.page.elder').first()).toBeVisible()
    await expect(app.testId('red-list').locator('[data-company="co-xinyi"]')).toBeVisible()
    await app.shot('elder-board')
    await app.open(`${SCORE}?companyId=co-xinyi`)
    await expect(app.testId('my-score')).toBeVisible()
    await app.shot('elder-score', { fullPage: true })
    await app.open(`${COMPANY}?id=co-xinyi`)
    await expect(app.testId('month-detail')).toContainText(lastMonth)
    await app.shot('elder-company', { fullPage: true })
    await app.open(`${ACCOUNTS}?estateId=est-xinhuayuan`)
    await expect(app.testId('accounts-status')).toHaveText('社区已确认公开')
    await app.shot('elder-accounts', { fullPage: true })
  })
})
