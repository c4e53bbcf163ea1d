// Event booking on one device: resident B books the neighbourhood festival; resident A books a
// concert and the linked shuttle, sees both entry codes, cancels the concert and releases the shuttle
// seats; staff verifies B's code once and is told it was already used the second time.
export const name = '活动预约：演出 + 班车、取消连带释放、工作人员核验一次'
export const timeout = 150_000

import { acceptPrivacy, bindInvite, fillProfile, input, tapIdentity } from './lib/app.mjs'

// one history step at a time, each confirmed by the router, so Taro's page stack stays in step
async function backHome(t) {
  for (let i = 0; i < 6 && t.route() !== '/pages/home/index'; i++) {
    const from = t.route()
    await t.page.goBack()
    await t.page.waitForFunction((route) => !location.hash.startsWith(`#${route}`), from)
    await t.settle()
  }
  await t.expectRoute('/pages/home/index')
}

async function profileAs(t, who, phone) {
  await t.tab('我的')
  await tapIdentity(t, who)
  await fillProfile(t, who === 'demo-resident-a' ? '王秀兰' : '李建国', phone)
}

async function openEvent(t, eventId) {
  await t.tab('首页')
  await t.tap(t.page.locator('[data-entry="events"]'))
  await t.expectRoute('/packages/events/index')
  await t.tap(t.page.locator(`[data-event="${eventId}"]`))
  await t.expectRoute('/packages/events/detail/index')
  await t.expectText('场次')
}

const visibleCode = async (t) => (await t.page.locator('.booked .booked__code').last().innerText()).trim()

export async function run(t) {
  let festivalCode = ''
  let concertCode = ''
  let shuttleCode = ''

  await t.step('first start', async () => {
    await t.open()
    await acceptPrivacy(t)
    await t.expectText('近期活动')
    await t.shot('home-upcoming')
  })

  await t.step('resident B books the neighbourhood festival', async () => {
    await profileAs(t, 'demo-resident-b', '13800001111')
    await openEvent(t, 'ev-neighbour')
    await t.tap(t.page.locator('.session:not(.session--off)').first())
    await t.expectText('确认预约')
    await t.tap('确认预约')
    await t.expectText('预约成功')
    festivalCode = await visibleCode(t)
    t.assert.match(festivalCode, /^\d{8}$/)
    await backHome(t)
  })

  await t.step('resident A books a concert, two seats', async () => {
    await profileAs(t, 'demo-resident-a', '13912345678')
    await openEvent(t, 'ev-grape')
    await t.shot('concert-sessions')
    // the second bookable concert is at least four days away, well before its cancel cutoff
    await t.tap(t.page.locator('.session:not(.session--off)').nth(1))
    await t.tap('＋')
    await t.expectText(/^\s*2\s*$/)
    await t.shot('booking-sheet')
    await t.tap('确认预约')
    await t.expectText('预约成功')
    concertCode = await visibleCode(t)
    t.assert.match(concertCode, /^\d{8}$/)
  })

  await t.step('and the shuttle too, linked to the concert', async () => {
    await t.tap('顺便预约班车')
    await t.expectRoute('/packages/events/shuttle/index')
    await t.expectText('将与刚才的演出预约关联')
    await t.expectText('余座 45 / 45')
    await t.shot('timetable')
    const first = t.page.locator('.departure:not(.session--off)').first()
    await t.tap(first.locator('taro-button-core'))
    await t.tap('确认预约')
    await t.expectText('班车预约成功')
    shuttleCode = await visibleCode(t)
    t.assert.match(shuttleCode, /^\d{8}$/)
    await t.expectText('余座 43 / 45')
  })

  await t.step('my bookings show both codes with their QR', async () => {
    await t.tap('查看我的预约')
    await t.expectRoute('/packages/events/mine/index')
    await t.expectText(concertCode)
    await t.expectText(shuttleCode)
    t.assert.equal(await t.page.locator('.my-booking .qr-code').count(), 2)
    await t.shot('my-bookings')
  })

  await t.step('cancelling the concert offers to release the linked shuttle seats', async () => {
    const concert = t.page.locator('.my-booking', { hasText: concertCode })
    await t.tap(concert.locator('taro-button-core'))
    await t.expectText('确定取消')
    await t.tap(t.page.locator('.taro-model__confirm'))
    await t.expectText('一并取消、释放座位')
    await t.shot('cascade-prompt')
    await t.tap(t.page.locator('.taro-model__confirm'))
    await t.expectText('已取消，并释放 1 个班车预约')
    await t.expectNoText(concertCode)
    await t.expectNoText(shuttleCode)
    t.assert.equal(await t.page.locator('.my-booking--cancelled').count(), 2)
    await t.shot('cancelled')
    await backHome(t)
  })

  await t.step('staff verifies B’s code once; the second time it is already used', async () => {
    await t.tab('我的')
    await tapIdentity(t, 'demo-staff')
    await bindInvite(t, 'JC-STAFF-2026', '社区工作人员 · 金城街道新华社区')
    await t.tab('首页')
    await t.tap(t.page.locator('[data-entry="events"]'))
    await t.expectRoute('/packages/events/index')
    await t.tap(await t.expectText('核验入场'))
    await t.expectRoute('/packages/events/verify/index')
    await input(t, 'code').fill(festivalCode)
    await t.tap(t.page.locator('taro-button-core', { hasText: /^\s*核验\s*$/ }))
    await t.expectText('核验通过')
    await t.expectText('游园会 · 1 人')
    await t.shot('verified')
    await t.tap(t.page.locator('taro-button-core', { hasText: /^\s*核验\s*$/ }))
    await t.expectText('不能通过')
    await t.expectText('已于')
    await t.shot('already-used')
  })
}
