// Event booking on one device: resident B books the neighbourhood festival; resident A books a
// concert and the linked shuttle, sees both entry codes, cancels the concert and releases the shuttle
// seats; staff verifies B's code once and is told it was already used the second time.
// Also run with the clock fixed at GRAPE_SEASON (@clock), where the dates the app shows are known.
import type { App } from './app'
import { GRAPE_SEASON } from './clock'
import { expect, test } from './fixtures'

const HOME = '/pages/home/index'

/** 我的 → a demo identity → the real-name profile. */
async function profileAs(app: App, who: 'demo-resident-a' | 'demo-resident-b', phone: string) {
  await app.tab('我的')
  await app.switchTo(who)
  await app.fillProfile(who === 'demo-resident-a' ? '王秀兰' : '李建国', phone)
}

/** 首页 → 活动预约 → one event's sessions. */
async function openEvent(app: App, eventId: string) {
  await app.tab('首页')
  await app.tap(app.find('[data-entry="events"]'))
  await app.expectRoute('/packages/events/index')
  await app.tap(app.find(`[data-event="${eventId}"]`))
  await app.expectRoute('/packages/events/detail/index')
  await expect(app.text('场次')).toBeVisible()
}

/** The code of the booking just made (预约码 / 乘车码). */
async function bookedCode(app: App) {
  const code = app.find('.booked .booked__code').last()
  await expect(code).toHaveText(/^\s*\d{8}\s*$/)
  return (await code.innerText()).trim()
}

test(
  '活动预约：演出 + 班车、取消连带释放、工作人员核验一次',
  { tag: '@clock' },
  async ({ app, clockTime }) => {
    test.setTimeout(150_000)
    // with the clock fixed (project phone-2027-07-20) it is 21:30 on a concert day, 2027-07-20
    const fixedClock = clockTime !== undefined
    if (fixedClock) expect(clockTime, 'the dates checked below are those of GRAPE_SEASON').toBe(GRAPE_SEASON)

    let festivalCode = ''
    let concertCode = ''
    let shuttleCode = ''

    await test.step('first start', async () => {
      await app.open()
      await app.acceptPrivacy()
      await expect(app.text('近期活动')).toBeVisible()
      // the festival's first session starts on the next full hour but one
      if (fixedClock)
        await expect(app.find('.upcoming__item').filter({ hasText: '民族团结一家亲邻里节' })).toContainText(
          '今天 23:00 开始',
        )
      await app.shot('home-upcoming')
    })

    await test.step('resident B books the neighbourhood festival', async () => {
      await profileAs(app, 'demo-resident-b', '13800001111')
      await openEvent(app, 'ev-neighbour')
      await app.tap(app.find('.session:not(.session--off)').first())
      await expect(app.text('确认预约')).toBeVisible()
      await app.tap('确认预约')
      await expect(app.text('预约成功')).toBeVisible()
      festivalCode = await bookedCode(app)
      await app.backTo(HOME)
    })

    let concert = { title: '', when: '' }
    await test.step('resident A books a concert, two seats', async () => {
      await profileAs(app, 'demo-resident-a', '13912345678')
      await openEvent(app, 'ev-grape')
      if (fixedClock) {
        // tonight's concert (19:00–20:30) is over; the next one is in four days
        const tonight = app.find('.session').filter({ hasText: '第4场音乐会' })
        await expect(tonight).toContainText('7月20日 周二 19:00–20:30')
        await expect(tonight).toContainText('已结束')
        await expect(app.find('.session:not(.session--off)').first()).toContainText(
          '7月24日 周六 19:00–20:30',
        )
      }
      await app.shot('concert-sessions')
      // the second bookable concert is at least four days away, well before its cancel cutoff
      const session = app.find('.session:not(.session--off)').nth(1)
      concert = {
        title: (await session.locator('.session__title').innerText()).trim(),
        when: (await session.locator('.session__main .muted').innerText()).trim(),
      }
      if (fixedClock) expect(concert).toEqual({ title: '第6场音乐会', when: '7月28日 周三 19:00–20:30' })
      await app.tap(session)
      await app.tap(app.find('.stepper__btn[data-step="1"]'))
      await expect(app.testId('seats')).toHaveText(/^\s*2\s*$/)
      await app.shot('booking-sheet')
      await app.tap('确认预约')
      await expect(app.text('预约成功')).toBeVisible()
      await expect(app.find('.booked')).toContainText(`${concert.title} · 2 人`)
      concertCode = await bookedCode(app)
    })

    await test.step('and the shuttle too, linked to the concert', async () => {
      await app.tap('顺便预约班车')
      await app.expectRoute('/packages/events/shuttle/index')
      await expect(app.text('将与刚才的演出预约关联')).toBeVisible()
      // the timetable opens on the concert's day, e.g. '7月28日 周三'
      await expect(app.find('.shuttle__day--on')).toHaveText(concert.when.split(' ').slice(0, 2).join(' '))
      await expect(app.text('余座 45 / 45')).toBeVisible()
      await app.shot('timetable')
      const first = app.find('.departure:not(.session--off)').first()
      await app.tap(first.locator('taro-button-core'))
      await app.tap('确认预约')
      await expect(app.text('班车预约成功')).toBeVisible()
      shuttleCode = await bookedCode(app)
      await expect(app.text('余座 43 / 45')).toBeVisible()
    })

    await test.step('my bookings show both codes with their QR', async () => {
      await app.tap('查看我的预约')
      await app.expectRoute('/packages/events/mine/index')
      await expect(app.text(concertCode)).toBeVisible()
      await expect(app.text(shuttleCode)).toBeVisible()
      await expect(app.find('.my-booking .qr-code')).toHaveCount(2)
      await expect(app.find('.my-booking').filter({ hasText: concertCode })).toContainText(
        `${concert.title} · 2 人`,
      )
      await app.shot('my-bookings')
    })

    await test.step('cancelling the concert offers to release the linked shuttle seats', async () => {
      const booking = app.find('.my-booking').filter({ hasText: concertCode })
      await app.tap(booking.locator('taro-button-core'))
      await expect(app.text('确定取消')).toBeVisible()
      await app.tap(app.find('.taro-model__confirm'))
      await expect(app.text('一并取消、释放座位')).toBeVisible()
      await app.shot('cascade-prompt')
      await app.tap(app.find('.taro-model__confirm'))
      await expect(app.text('已取消，并释放 1 个班车预约')).toBeVisible()
      await expect(app.text(concertCode)).toBeHidden()
      await expect(app.text(shuttleCode)).toBeHidden()
      await expect(app.find('.my-booking--cancelled')).toHaveCount(2)
      await app.shot('cancelled')
      await app.backTo(HOME)
    })

    await test.step('staff verifies B’s code once; the second time it is already used', async () => {
      await app.tab('我的')
      await app.switchTo('demo-staff')
      await app.bindInvite('JC-STAFF-2026', '社区工作人员 · 金城街道新华社区')
      await app.tab('首页')
      await app.tap(app.find('[data-entry="events"]'))
      await app.expectRoute('/packages/events/index')
      await app.tap('核验入场')
      await app.expectRoute('/packages/events/verify/index')
      await app.input('code').fill(festivalCode)
      await app.tap(app.button('核验'))
      await expect(app.text('核验通过')).toBeVisible()
      await expect(app.text('游园会 · 1 人')).toBeVisible()
      await app.shot('verified')
      await app.tap(app.button('核验'))
      await expect(app.text('不能通过')).toBeVisible()
      await expect(app.text('已于')).toBeVisible()
      await app.shot('already-used')
    })
  },
)
