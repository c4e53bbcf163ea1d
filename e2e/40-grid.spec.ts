// Grid hotline on one device: a resident reports a problem with a photo, the community's staff
// accept, dispatch and resolve it, the resident follows the timeline and rates it 2, which
// reopens it in the staff queue.
import { PNG } from 'pngjs'
import type { Locator } from '@playwright/test'
import { exactly, type App } from './app'
import { expect, test } from './fixtures'

/** A 320×240 gradient PNG: the photo the resident picks. */
function photo(): Buffer {
  const png = new PNG({ width: 320, height: 240 })
  for (let y = 0; y < png.height; y++) {
    for (let x = 0; x < png.width; x++) {
      const i = (png.width * y + x) << 2
      png.data[i] = (x * 255) / png.width
      png.data[i + 1] = (y * 255) / png.height
      png.data[i + 2] = 120
      png.data[i + 3] = 255
    }
  }
  return PNG.sync.write(png)
}

/** Each child of the card header starts below the one before it: tag, title, time, head-count never share a line. */
async function expectOneALine(header: Locator) {
  await expect(header).toBeVisible()
  const boxes = await header.evaluate((el) =>
    Array.from(el.children).map((c) => {
      const r = c.getBoundingClientRect()
      return { top: Math.round(r.top), bottom: Math.round(r.bottom), text: c.textContent ?? '' }
    }),
  )
  expect(boxes.length).toBeGreaterThan(1)
  for (let i = 1; i < boxes.length; i++)
    expect(boxes[i].top, `「${boxes[i].text}」 starts below 「${boxes[i - 1].text}」`).toBeGreaterThanOrEqual(
      boxes[i - 1].bottom,
    )
}

/** Staff write a note, pick a department if asked, and press the action's button. */
async function staffStep(app: App, action: string, note: string, department?: string) {
  await app.textarea('note').fill(note)
  if (department) await app.tap(department)
  await app.tap(app.button(action))
}

test('网格+热线：反映问题 → 受理 → 派单 → 办结 → 评价（不满意重新办理）', async ({ app, page }) => {
  test.setTimeout(150_000)
  let ticketNo = ''

  await test.step('the resident fills the real-name profile with a home community', async () => {
    await app.open('/pages/mine/index')
    await app.acceptPrivacy()
    await app.fillProfile('王秀兰', '13912345678', () => app.pickHomeCommunity())
    await expect(app.text('没有办理中的问题')).toBeVisible()
  })

  await test.step('首页 网格+热线 opens the hotline with the 12345 button', async () => {
    await app.tab('首页')
    await app.tap(app.find('[data-entry="grid"]'))
    await app.expectRoute('/packages/grid/home/index')
    await expect(app.text('拨打 12345')).toBeVisible()
    await expect(app.text('还没有反映过问题')).toBeVisible()
    await expectOneALine(app.find('.card-head').first())
    await app.tap('我要反映')
    await app.expectRoute('/packages/grid/report/index')
  })

  await test.step('the resident reports a problem with a photo', async () => {
    await expect(app.text('24 小时内办结')).toBeVisible()
    await app.tap(app.find('[data-category="sanitation"]'))
    await expect(app.text('「环境卫生」类问题承诺 48 小时内办结')).toBeVisible()
    await app.textarea('description').fill('3 号楼东侧的垃圾桶满了两天没人清运，气味很大')
    await expect(app.text('23/500')).toBeVisible()
    const chooser = page.waitForEvent('filechooser')
    await app.tap(app.testId('add-photo'))
    await (await chooser).setFiles({ name: 'rubbish.png', mimeType: 'image/png', buffer: photo() })
    const thumb = app.find('.photo-picker__cell img').first()
    await expect(thumb).toHaveAttribute('src', /^data:image\/jpeg;base64,/)
    const src = (await thumb.getAttribute('src')) ?? ''
    expect(src.length, 'the compressed photo fits the limit').toBeLessThanOrEqual(200_000)
    await app.input('address').fill('新华社区 3 号楼东侧')
    await expect(app.text('联系电话 139****5678')).toBeVisible()
    await app.shot('report-form', { fullPage: true })
    await app.tap('提交反映')
    await app.expectRoute('/packages/grid/done/index')
    await expect(app.text('反映已提交')).toBeVisible()
    const number = app.testId('ticket-no')
    await expect(number).toHaveText(/^\s*RC\d{8}-\d{4}\s*$/)
    ticketNo = (await number.innerText()).trim()
    await app.shot('report-done')
  })

  await test.step('staff of 新华社区 accept, dispatch and resolve it', async () => {
    await app.become('demo-staff')
    await app.bindInvite('JC-STAFF-2026', '社区工作人员 · 金城街道新华社区')
    await app.open('/packages/staff/activities/index')
    await app.tap(app.find('.activity-card').first())
    await app.expectRoute('/packages/staff/roster/index')
    await expectOneALine(app.find('.card-head').first())
    await app.open('/packages/grid/queue/index')
    await expect(app.text(ticketNo)).toBeVisible()
    await expect(app.text('反映人 王**')).toBeVisible()
    await expect(app.body, 'staff never see the name in full').not.toContainText('王秀兰', {
      useInnerText: true,
    })
    await app.shot('staff-queue')
    await app.tap(ticketNo)
    await app.expectRoute('/packages/grid/handle/index')
    await expect(app.text('王** 139****5678')).toBeVisible()
    const photo = app.find('.photos__item img').first()
    await expect(photo).toBeVisible()
    const ticketTop = (await app.find('.ticket').first().boundingBox())?.y ?? Infinity
    const formTop = (await app.find('.staff-actions').first().boundingBox())?.y ?? -Infinity
    expect(ticketTop, 'the ticket comes before the form that acts on it').toBeLessThan(formTop)
    await app.tap(app.button('受理'))
    await expect(app.text('请填写处理说明')).toBeVisible()
    await app.textarea('note').fill('已受理，安排保洁员上门')
    await expect(app.text('请填写处理说明'), 'the message goes once the note is written').toBeHidden()
    await app.tap(app.button('受理'))
    await expect(app.text('安排保洁员上门')).toBeVisible()
    await expect(photo, 'the photo stays after a staff step').toBeVisible()
    await staffStep(app, '派单', '请环卫所今天内清运', '城市管理综合执法')
    await expect(app.text('派至城市管理综合执法：请环卫所今天内清运')).toBeVisible()
    await staffStep(app, '办结', '垃圾已清运，桶已消毒')
    await expect(app.text('垃圾已清运，桶已消毒')).toBeVisible()
    await expect(app.text('待评价')).toBeVisible()
    await expect(photo).toBeVisible()
    await app.shot('staff-resolved', { fullPage: true })
  })

  await test.step('the resident sees the timeline and rates it 2 stars', async () => {
    await app.become('demo-resident-a')
    await expect(app.text('待评价')).toBeVisible()
    await app.tap(app.find('.open-tickets__row').first())
    await app.expectRoute('/packages/grid/ticket/index')
    await expect(app.text('对办理结果满意吗？')).toBeVisible()
    for (const step of ['已受理，安排保洁员上门', '派至城市管理综合执法', '垃圾已清运，桶已消毒'])
      await expect(app.text(step)).toBeVisible()
    await expect(app.text('新华社区网格员')).toBeVisible()
    await app.shot('resident-timeline', { fullPage: true })
    for (const star of await app.find('[data-score]').all()) {
      const box = await star.boundingBox()
      expect(box?.width, 'a star is a 44 px target').toBeGreaterThanOrEqual(44)
      expect(box?.height, 'a star is a 44 px target').toBeGreaterThanOrEqual(44)
    }
    await app.tap(app.find('[data-score="2"]'))
    await expect(app.text('2 星：不满意，将重新办理')).toBeVisible()
    await app.input('comment').fill('桶还是满的')
    await app.tap('提交评价')
    await expect(app.text('评价 2 星：桶还是满的，不满意，重新办理')).toBeVisible()
    await expect(app.text('对办理结果满意吗？')).toBeHidden()
    await expect(app.find('.photos__item img').first(), 'the photo stays after rating').toBeVisible()
  })

  await test.step('the ticket shows as reopened in the staff queue', async () => {
    await app.become('demo-staff')
    await app.open('/packages/grid/queue/index')
    await expect(app.text(ticketNo)).toBeVisible()
    const card = app.find('.ticket-card').filter({ hasText: ticketNo })
    await expect(card.locator('.grid-tag', { hasText: '重新办理' })).toBeVisible()
    const reopened = app.find('.chip').filter({ hasText: exactly('重新办理') })
    await app.tap(reopened)
    await expect(reopened).toHaveClass(/chip--on/)
    await expect(app.text(ticketNo)).toBeVisible()
    await app.shot('staff-queue-reopened')
  })
})
