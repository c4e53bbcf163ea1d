// 居民议事 end to end on one phone: a resident raises a question (after the form offers a look-alike
// of the seed), demo neighbours support it to its threshold (演示：请邻居附议), a 议事员 offers 献策, staff
// accept it, record a milestone and finish it, the author rates the result, earns the points of an
// accepted question, and the board counts it. The key pages again in 长辈模式.
import { expect, test } from './fixtures'
import type { App } from './app'

const STAFF_ROLE = '社区工作人员 · 金城街道新华社区'
const TITLE = '北门路灯坏了一个多月'

/** Waits until the success toast saying `text` has gone, so it covers nothing in the next screenshot. */
async function toastGone(app: App, text: string) {
  await expect(app.text(text)).toBeHidden({ timeout: 5_000 })
}

/** The numbers behind the board's 落实率 and 满意率 (0 when it says 暂无). */
async function boardFigures(app: App) {
  await app.open('/packages/council/board/index')
  const resolution = app.testId('resolution')
  const satisfaction = app.testId('satisfaction')
  await expect(resolution).toContainText(/已落实|暂无/)
  await expect(satisfaction).toContainText(/满意|暂无/)
  const r = (await resolution.innerText()).match(/已落实 (\d+) \/ 已采纳 (\d+)/)
  const s = (await satisfaction.innerText()).match(/满意 (\d+) \+ 基本满意 (\d+) \/ 评价 (\d+)/)
  return {
    done: Number(r?.[1] ?? 0),
    accepted: Number(r?.[2] ?? 0),
    satisfied: Number(s?.[1] ?? 0),
    rated: Number(s?.[3] ?? 0),
  }
}

test('居民点单 → 邻居附议 → 议事员献策 → 社区采纳落实 → 居民评价、积分和看板', async ({ app }) => {
  test.setTimeout(240_000)
  let questionUrl = ''

  await test.step('resident A fills the profile with home community 新华社区', async () => {
    await app.open('/pages/mine/index')
    await app.acceptPrivacy()
    await app.switchTo('demo-resident-a')
    await app.fillProfile('王秀兰', '13912345678', () => app.pickHomeCommunity())
  })

  const before = await boardFigures(app)

  await test.step('居民议事 from the home tile lists 新华社区’s questions', async () => {
    await app.open('/pages/home/index')
    await app.tap('居民议事')
    await app.expectRoute('/packages/council/index')
    await expect(app.text('晚上回来找不到车位，能否错时共享停车')).toBeVisible()
    await app.shot('list')
  })

  await test.step('我要点单: a look-alike title shows the seed question to support instead', async () => {
    await app.tap(app.button('我要点单'))
    await app.expectRoute('/packages/council/raise/index')
    await app.input('title').fill('晚上停车难')
    const similar = app.testId('similar')
    await expect(similar).toBeVisible()
    await expect(similar).toContainText('这些问题和你的很像，去附议吧')
    await expect(similar).toContainText('晚上回来找不到车位，能否错时共享停车')
    await app.shot('raise-similar-hint')
  })

  await test.step('a different question is raised and opens', async () => {
    await app.input('title').fill(TITLE)
    await expect(app.testId('similar')).toHaveCount(0)
    await app.tap(app.find('.chip').filter({ hasText: /^\s*安全\s*$/ }))
    await app.textarea('description').fill('北门两盏路灯坏了一个多月，晚上出入看不清台阶，老人孩子容易摔倒')
    await app.shot('raise-filled')
    await app.tap(app.button('提交点单'))
    await app.expectRoute('/packages/council/question/index')
    await expect(app.text(TITLE)).toBeVisible()
    await expect(app.text('这是你提出的问题')).toBeVisible()
    await expect(app.find('.council-tag--raised').first()).toHaveText('征集附议')
    questionUrl = new URL(app.page.url()).hash.slice(1)
    expect(questionUrl).toMatch(/\?id=.+/)
    await app.shot('question-raised')
  })

  await test.step('演示：请邻居附议 brings it to its threshold: 待答复', async () => {
    const card = app.testId('demo-supporters')
    await card.scrollIntoViewIfNeeded()
    await expect(card).toContainText('演示：请邻居附议')
    await app.shot('demo-supporters')
    await app.tap(card.locator('taro-button-core'))
    await expect(app.find('.council-tag--pending').first()).toHaveText('待答复')
    await expect(app.text(/\d+ 人附议（已达 \d+ 人）/)).toBeVisible()
    await expect(app.testId('demo-supporters')).toHaveCount(0)
    await toastGone(app, '已达到附议人数，问题转为待答复')
    await app.shot('question-pending')
  })

  await test.step('resident B binds XH-ADVISER-2026 and offers 献策', async () => {
    await app.become('demo-resident-b')
    await app.fillProfile('李建国', '15000001111', () => app.pickHomeCommunity())
    await app.bindInvite('XH-ADVISER-2026', '议事员 · 民盟')
    await toastGone(app, '身份绑定成功')
    await app.shot('adviser-bound')
    await app.open(questionUrl)
    const panel = app.testId('adviser-panel')
    await expect(panel).toContainText('我来献策 · 议事员 · 民盟')
    await app
      .textarea('proposal')
      .fill('建议先请物业临时加装太阳能灯，同时报市政维修，修好前在台阶处贴反光条。')
    await app.tap(panel.locator('taro-button-core').filter({ hasText: '发布献策' }))
    const proposals = app.testId('proposals')
    await expect(proposals).toContainText('议事员 · 民盟')
    await expect(proposals).toContainText('太阳能灯')
    await expect(proposals).not.toContainText('李建国')
    await expect(proposals).not.toContainText('15000001111')
    await proposals.scrollIntoViewIfNeeded()
    await toastGone(app, '献策已发布')
    await app.shot('proposal')
  })

  await test.step('staff find it 待答复 and accept it', async () => {
    await app.become('demo-staff')
    await app.bindInvite('JC-STAFF-2026', STAFF_ROLE)
    await app.tap('议事待答复')
    await app.expectRoute('/packages/council/index')
    const card = app.find('.council-card').filter({ hasText: TITLE }).first()
    await expect(card).toBeVisible()
    await app.shot('staff-list')
    await app.tap(card)
    await app.expectRoute('/packages/council/question/index')
    const form = app.testId('answer-form')
    await app.tap(form.locator('.chip').filter({ hasText: /^\s*采纳\s*$/ }))
    await app.textarea('reason').fill('采纳议事员建议，本周内加装临时照明并报修。')
    await form.scrollIntoViewIfNeeded()
    await app.shot('staff-answer')
    await app.tap(form.locator('taro-button-core').filter({ hasText: '公开答复' }))
    await expect(app.testId('answer')).toContainText('采纳')
    await expect(app.find('.council-tag--accepted').first()).toBeVisible()
  })

  await test.step('staff record a milestone (进行中, 50%) and then finish it', async () => {
    const form = app.testId('progress-form')
    await app.tap(form.locator('.chip').filter({ hasText: '进行中' }))
    await app.input('progress').fill('50')
    await app.textarea('note').fill('已在北门加装两盏太阳能临时灯，市政维修已报单。')
    await app.tap(form.locator('taro-button-core').filter({ hasText: '公开进展' }))
    const plan = app.testId('plan')
    await expect(plan).toContainText('进行中 · 50%')
    await expect(plan).toContainText('太阳能临时灯')
    await plan.scrollIntoViewIfNeeded()
    await toastGone(app, '进展已公开')
    await app.shot('milestone')
    await app.tap(form.locator('.chip').filter({ hasText: '已完成' }))
    await expect(form).toContainText('标为已完成后进度为 100%')
    await app.textarea('note').fill('市政已更换两盏路灯，夜间照明恢复。')
    await app.tap(form.locator('taro-button-core').filter({ hasText: '公开进展' }))
    await expect(plan).toContainText('已完成 · 100%')
    await expect(app.find('.council-tag--done').first()).toBeVisible()
    await expect(app.testId('progress-form')).toHaveCount(0)
    await toastGone(app, '进展已公开')
    await app.shot('done')
  })

  await test.step('the author rates the result; the counts follow', async () => {
    await app.become('demo-resident-a')
    await app.open(questionUrl)
    await expect(app.text('落实结果你满意吗？')).toBeVisible()
    const ratings = app.testId('ratings')
    await expect(ratings).toContainText('满意 0 · 基本满意 0 · 不满意 0')
    const raters = Number((await ratings.innerText()).match(/可评价的居民 (\d+) 人/)?.[1])
    expect(raters).toBeGreaterThan(1) // the author and every supporter
    await app.shot('rate')
    await app.tap(
      app
        .testId('resident-actions')
        .locator('taro-button-core')
        .filter({ hasText: /^\s*满意\s*$/ }),
    )
    await expect(ratings).toContainText('满意 1 · 基本满意 0 · 不满意 0')
    await expect(ratings).toContainText(`可评价的居民 ${raters} 人，已评 1 人`)
    await expect(ratings).toContainText('你的评价：满意')
    await expect(app.text('落实结果你满意吗？')).toHaveCount(0)
    await ratings.scrollIntoViewIfNeeded()
    await app.shot('rated')
  })

  await test.step('积分 shows +20 for the accepted question', async () => {
    await app.open('/pages/points/index')
    const entry = app
      .find('.ledger__row')
      .filter({ hasText: `议事「${TITLE}」被采纳` })
      .first()
    await expect(entry).toBeVisible()
    await expect(entry).toContainText('+20')
    await app.shot('points')
  })

  await test.step('the board counts the question done and rated', async () => {
    const after = await boardFigures(app)
    expect(after.done).toBe(before.done + 1)
    expect(after.accepted).toBe(before.accepted + 1)
    expect(after.satisfied).toBe(before.satisfied + 1)
    expect(after.rated).toBe(before.rated + 1)
    await app.shot('board')
  })

  await test.step('长辈模式: the list, the raise hint, the question and the board', async () => {
    await app.open('/pages/mine/index')
    await app.tap(app.find('.elder-switch'))
    await expect(app.find('.page.elder').first()).toBeVisible()
    await app.open('/packages/council/index')
    await expect(app.text('晚上回来找不到车位，能否错时共享停车')).toBeVisible()
    await app.shot('list-elder')
    await app.open('/packages/council/raise/index')
    await app.input('title').fill('晚上停车难')
    await expect(app.testId('similar')).toBeVisible()
    await app.shot('raise-similar-hint-elder')
    await app.open(questionUrl)
    await expect(app.testId('ratings')).toContainText('你的评价：满意')
    await app.shot('question-elder')
    await app.testId('ratings').scrollIntoViewIfNeeded()
    await app.shot('question-elder-ratings')
    await app.open('/packages/council/board/index')
    await expect(app.testId('resolution')).toContainText('已落实')
    await app.shot('board-elder')
  })
})
