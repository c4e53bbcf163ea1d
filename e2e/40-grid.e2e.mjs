// Grid hotline on one device: a resident reports a problem with a photo, the community's staff
// accept, dispatch and resolve it, the resident follows the timeline and rates it 2, which
// reopens it in the staff queue.
import { PNG } from 'pngjs'
import { acceptPrivacy, become, bindInvite, fillProfile, input } from './lib/app.mjs'

export const name = '网格+热线：反映问题 → 受理 → 派单 → 办结 → 评价（不满意重新办理）'
export const timeout = 150_000

const area = (t, field) =>
  t.page.locator(`taro-textarea-core[name="${field}"] textarea`).filter({ visible: true }).first()

function photo() {
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

async function staffStep(t, action, note, department) {
  await area(t, 'note').fill(note)
  if (department) await t.tap(t.visible(department).first())
  await t.tap(
    t.page
      .locator('taro-button-core')
      .filter({ visible: true, hasText: new RegExp(`^${action}$`) })
      .first(),
  )
}

export async function run(t) {
  let ticketNo = ''

  await t.step('the resident fills the real-name profile with a home community', async () => {
    await t.open('/pages/mine/index')
    await acceptPrivacy(t)
    await fillProfile(t, '王秀兰', '13912345678', async () => {
      await t.tap('请选择所在社区')
      await t.tap(t.page.locator('.weui-picker__action').filter({ hasText: '确定' }).first())
      await t.expectText('金城街道 · 新华社区')
    })
    await t.expectText('没有办理中的问题')
  })

  await t.step('首页 网格+热线 opens the hotline with the 12345 button', async () => {
    await t.tab('首页')
    await t.tap(t.page.locator('[data-entry="grid"]'))
    await t.expectRoute('/packages/grid/home/index')
    await t.expectText('拨打 12345')
    await t.expectText('还没有反映过问题')
    await t.tap('我要反映')
    await t.expectRoute('/packages/grid/report/index')
  })

  await t.step('the resident reports a problem with a photo', async () => {
    await t.expectText('24 小时内办结')
    await t.tap(t.page.locator('[data-category="sanitation"]').filter({ visible: true }))
    await t.expectText('「环境卫生」类问题承诺 48 小时内办结')
    await area(t, 'description').fill('3 号楼东侧的垃圾桶满了两天没人清运，气味很大')
    await t.expectText('23/500')
    const chooser = t.page.waitForEvent('filechooser')
    await t.tap(t.page.locator('[data-testid="add-photo"]').filter({ visible: true }))
    await (await chooser).setFiles({ name: 'rubbish.png', mimeType: 'image/png', buffer: photo() })
    const thumb = t.page.locator('.photos__cell img').filter({ visible: true }).first()
    await thumb.waitFor({ state: 'visible' })
    const src = await thumb.getAttribute('src')
    t.assert.match(src ?? '', /^data:image\/jpeg;base64,/)
    t.assert.ok(src.length <= 200_000, 'the compressed photo fits the limit')
    t.log(`320×240 PNG → JPEG data URL of ${src.length} characters`)
    await input(t, 'address').fill('新华社区 3 号楼东侧')
    await t.expectText('联系电话 139****5678')
    await t.shot('report-form', { fullPage: true })
    await t.tap('提交反映')
    await t.expectRoute('/packages/grid/done/index')
    await t.expectText('反映已提交')
    ticketNo = (
      await t.page.locator('[data-testid="ticket-no"]').filter({ visible: true }).innerText()
    ).trim()
    t.assert.match(ticketNo, /^RC\d{8}-\d{4}$/)
    await t.shot('report-done')
  })

  await t.step('staff of 新华社区 accept, dispatch and resolve it', async () => {
    await become(t, 'demo-staff')
    await bindInvite(t, 'JC-STAFF-2026', '社区工作人员 · 金城街道新华社区')
    await t.open('/packages/grid/queue/index')
    await t.expectText(ticketNo)
    await t.expectText('反映人 王**')
    t.assert.ok(!(await t.pageText()).includes('王秀兰'), 'staff never see the name in full')
    await t.shot('staff-queue')
    await t.tap(t.visible(ticketNo).first())
    await t.expectRoute('/packages/grid/handle/index')
    await t.expectText('王** 139****5678')
    await t.page.locator('.photos__item img').filter({ visible: true }).first().waitFor({ state: 'visible' })
    await staffStep(t, '受理', '已受理，安排保洁员上门')
    await t.expectText('安排保洁员上门')
    await staffStep(t, '派单', '请环卫所今天内清运', '城市管理综合执法')
    await t.expectText('派至城市管理综合执法：请环卫所今天内清运')
    await staffStep(t, '办结', '垃圾已清运，桶已消毒')
    await t.expectText('垃圾已清运，桶已消毒')
    await t.expectText('待评价')
    await t.shot('staff-resolved', { fullPage: true })
  })

  await t.step('the resident sees the timeline and rates it 2 stars', async () => {
    await become(t, 'demo-resident-a')
    await t.expectText('待评价')
    await t.tap(t.page.locator('.open-tickets__row').filter({ visible: true }).first())
    await t.expectRoute('/packages/grid/ticket/index')
    await t.expectText('对办理结果满意吗？')
    for (const step of ['已受理，安排保洁员上门', '派至城市管理综合执法', '垃圾已清运，桶已消毒'])
      await t.expectText(step)
    await t.expectText('新华社区网格员')
    await t.shot('resident-timeline', { fullPage: true })
    await t.tap(t.page.locator('[data-score="2"]').filter({ visible: true }))
    await t.expectText('2 星：不满意，将重新办理')
    await input(t, 'comment').fill('桶还是满的')
    await t.tap('提交评价')
    await t.expectText('评价 2 星：桶还是满的，不满意，重新办理')
    await t.expectNoText('对办理结果满意吗？')
  })

  await t.step('the ticket shows as reopened in the staff queue', async () => {
    await become(t, 'demo-staff')
    await t.open('/packages/grid/queue/index')
    await t.expectText(ticketNo)
    const card = t.page.locator('.ticket-card').filter({ visible: true, hasText: ticketNo })
    await card.locator('.grid-tag', { hasText: '重新办理' }).waitFor({ state: 'visible' })
    await t.tap(t.page.locator('.chip').filter({ visible: true, hasText: /^重新办理$/ }))
    await t.expectText(ticketNo)
    await t.shot('staff-queue-reopened')
  })
}
