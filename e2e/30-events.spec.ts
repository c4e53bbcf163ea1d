// Event booking on one device, on any day of the year: the events show their real seasons (the grape
// concerts and the 高考 picking keep their summer dates even in winter). Resident B books the next
// concert; resident A books the last one, the bus there and the bus back, each confirmed right below
// the row tapped; 我的预约 lists them in the order they are used; cancelling the concert releases both
// rides. Staff checks B's code: too early says when checking opens; 演示工具 › 跳到葡萄音乐季 moves the
// clock to that moment; the check shows B's masked name; a second check says it was already used.
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

/** 首页 → 活动预约. */
async function openEvents(app: App) {
  await app.tab('首页')
  await app.tap(app.find('[data-entry="events"]'))
  await app.expectRoute('/packages/events/index')
}

/** 首页 → 活动预约 → one event's sessions. */
async function openEvent(app: App, eventId: string) {
  await openEvents(app)
  await app.tap(app.find(`[data-event="${eventId}"]`))
  await app.expectRoute('/packages/events/detail/index')
  await expect(app.text('场次')).toBeVisible()
}

/** The code of the booking just made (预约码 / 乘车码), shown right below the row tapped. */
async function bookedBelow(row: ReturnType<App['find']>) {
  const card = row.locator('xpath=following-sibling::*[1]')
  await expect(card).toHaveAttribute('data-testid', 'booked')
  await expect(card).toBeInViewport()
  const code = card.locator('.booked__code')
  await expect(code).toHaveText(/^\s*\d{8}\s*$/)
  return (await code.innerText()).trim()
}

/** The departure times listed for one direction. */
const times = (app: App, direction: 'out' | 'back') =>
  app.find(`[data-direction="${direction}"] .departure__time`)

test(
  '活动预约：应季的活动、演出 + 往返班车、取消连带释放、工作人员核验一次',
  { tag: '@clock' },
  async ({ app, clockTime }) => {
    test.setTimeout(150_000)
    // with the clock fixed (project phone-2027-07-20) it is 21:30 on 2027-07-20, the season's second day
    const fixedClock = clockTime !== undefined
    if (fixedClock) expect(clockTime, 'the dates checked below are those of GRAPE_SEASON').toBe(GRAPE_SEASON)

    await test.step('first start', async () => {
      await app.open()
      await app.acceptPrivacy()
      await expect(app.text('近期活动')).toBeVisible()
      if (fixedClock)
        await expect(app.find('.upcoming__item').filter({ hasText: '刘村葡萄音乐市集' })).toContainText(
          '7月23日 19:00 开始',
        )
      await app.shot('home-upcoming')
    })

    await test.step('every event shows its own season, whatever the day', async () => {
      await openEvents(app)
      await expect(app.find('[data-event="ev-grape"]')).toContainText(/\d{4}-07-19 至 \d{4}-09-19/)
      await expect(app.find('[data-event="ev-gaokao"]')).toContainText(/\d{4}-06-11 至 \d{4}-06-14/)
      await expect(app.find('[data-event="ev-reading"]')).toContainText(/\d{4}-07-06 至 \d{4}-08-17/)
      await expect(app.find('[data-event="ev-neighbour"]')).toContainText(/\d{4}-01-16 至 \d{4}-01-23/)
      if (fixedClock) await expect(app.find('[data-event="ev-grape"]')).toContainText('进行中')
      await app.shot('events-list')
      await app.backTo(HOME)
    })

    let bCode = ''
    await test.step('resident B books the next concert', async () => {
      await profileAs(app, 'demo-resident-b', '13800001111')
      await openEvent(app, 'ev-grape')
      await expect(app.find('.session')).toHaveCount(16)
      await expect(app.find('.session').filter({ hasText: /第\d+场音乐会/ })).toHaveCount(0)
      const next = app.find('.session:not(.session--off)').first()
      if (fixedClock) await expect(next).toContainText('第2场 · 电影金曲')
      await app.tap(next)
      await app.tap(app.button('确认预约'))
      bCode = await bookedBelow(next)
      await app.backTo(HOME)
    })

    let concert = { title: '', when: '' }
    let concertCode = ''
    await test.step('resident A books the season’s last concert, two seats', async () => {
      await profileAs(app, 'demo-resident-a', '13912345678')
      await openEvent(app, 'ev-grape')
      if (fixedClock) {
        // the opening concert (19 July) is over; the next one is on the 23rd
        const opening = app.find('.session').filter({ hasText: '第1场' })
        await expect(opening).toContainText('7月19日 周一 19:00–20:30')
        await expect(opening).toContainText('已结束')
      }
      await app.shot('concert-sessions')
      // the last concert of the season shown is always more than a day away: well before its cancel cutoff
      const session = app.find('.session:not(.session--off)').last()
      concert = {
        title: (await session.locator('.session__title').innerText()).trim(),
        when: (await session.locator('.session__main .muted').innerText()).trim(),
      }
      expect(concert.title).toMatch(/^第16场 · /)
      if (fixedClock) expect(concert.when).toBe('9月17日 周五 19:00–20:30')
      await app.tap(session)
      await app.tap(app.find('.stepper__btn[data-step="1"]'))
      await expect(app.testId('seats')).toHaveText(/^\s*2\s*$/)
      await app.shot('booking-sheet')
      await app.tap(app.button('确认预约'))
      concertCode = await bookedBelow(session)
      await expect(app.find('.booked')).toContainText(`${concert.title} · 2 人`)
      await app.shot('concert-booked')
    })

    let outCode = ''
    let backCode = ''
    await test.step('and the bus there and back, linked to the concert', async () => {
      await app.tap('顺便预约班车')
      await app.expectRoute('/packages/events/shuttle/index')
      await expect(app.text('将与刚才的演出预约关联')).toBeVisible()
      // the timetable opens on the concert's day, e.g. '9月17日 周五', with the buses that fit it first
      await expect(app.find('.shuttle__day--on')).toHaveText(concert.when.split(' ').slice(0, 2).join(' '))
      await expect(times(app, 'out')).toHaveText(['16:00', '17:00', '18:00'])
      await expect(times(app, 'back')).toHaveText(['21:00', '22:00'])
      await app.shot('timetable')

      const out = app.find('[data-direction="out"] .departure').last()
      await app.tap(out.locator('taro-button-core'))
      await expect(app.testId('seats')).toHaveText(/^\s*2\s*$/)
      await app.shot('shuttle-sheet')
      await app.tap(app.button('取消'))
      await expect(app.find('.sheet')).toHaveCount(0)
      await app.tap(out.locator('taro-button-core'))
      await app.tap(app.button('确认预约'))
      outCode = await bookedBelow(out)
      await expect(out).toContainText('余座 43 / 45')
      await app.shot('shuttle-booked')

      const back = app.find('[data-direction="back"] .departure').first()
      await app.tap(back.locator('taro-button-core'))
      await app.tap(app.button('确认预约'))
      backCode = await bookedBelow(back)
    })

    await test.step('我的预约 lists them in the order they are used', async () => {
      await app.tap(app.button('查看我的预约'))
      await app.expectRoute('/packages/events/mine/index')
      const cards = app.find('.my-booking')
      await expect(cards).toHaveCount(3)
      await expect(cards.nth(0)).toContainText(outCode)
      await expect(cards.nth(1)).toContainText(concertCode)
      await expect(cards.nth(1)).toContainText(`${concert.title} · 2 人`)
      await expect(cards.nth(2)).toContainText(backCode)
      await expect(app.find('.my-booking .qr-code')).toHaveCount(3)
      await app.shot('my-bookings')
    })

    await test.step('cancelling the concert offers to release both rides', async () => {
      const booking = app.find('.my-booking').filter({ hasText: concertCode })
      await app.tap(booking.locator('taro-button-core'))
      await expect(app.text('确定取消')).toBeVisible()
      await app.tap(app.find('.taro-model__confirm'))
      await expect(app.text('一并取消、释放座位')).toBeVisible()
      await app.shot('cascade-prompt')
      await app.tap(app.find('.taro-model__confirm'))
      await expect(app.text('已取消，并释放 2 个班车预约')).toBeVisible()
      await expect(app.find('.my-booking--cancelled')).toHaveCount(3)
      await app.shot('cancelled')
      await app.backTo(HOME)
    })

    const check = async () => {
      await app.input('code').fill(bCode)
      await app.tap(app.button('核验'))
      await expect(app.find('[data-testid="verify-ok"], [data-testid="verify-fail"]')).toBeVisible()
    }
    await test.step('staff checks B’s code before checking opens: told when it opens', async () => {
      await app.tab('我的')
      await app.switchTo('demo-staff')
      await app.bindInvite('JC-STAFF-2026', '社区工作人员 · 金城街道新华社区')
      await openEvents(app)
      await app.tap('核验入场')
      await app.expectRoute('/packages/events/verify/index')
      await check()
      // at real time B's concert is hours or months away; only within 2 h of it may the check pass at once
      if (fixedClock || (await app.testId('verify-fail').isVisible())) {
        await expect(app.testId('verify-fail')).toContainText(/\d+月\d+日 17:00 起可核验/)
        if (fixedClock) await expect(app.testId('verify-fail')).toContainText('7月23日 17:00 起可核验')
        await app.shot('verify-too-early')
      }
      await app.backTo(HOME)
    })

    await test.step('演示工具 jumps to the concert evening; the check shows B’s masked name, once', async () => {
      await app.tab('我的')
      await app.openDemoTools()
      await app.tap(app.testId('to-grape-season'))
      await expect(app.text('现可核验入场')).toBeVisible()
      if (fixedClock) await expect(app.text('模拟时间：2027年7月23日 17:00')).toBeVisible()
      await app.back()
      await openEvents(app)
      await app.tap('核验入场')
      await app.expectRoute('/packages/events/verify/index')
      await check()
      await expect(app.text('核验通过')).toBeVisible()
      await expect(app.testId('booker')).toHaveText('李**')
      await expect(app.body).not.toContainText('李建国', { useInnerText: true })
      await app.shot('verified')
      await app.tap(app.button('核验'))
      await expect(app.text('不能通过')).toBeVisible()
      await expect(app.text('已于')).toBeVisible()
      await app.shot('already-used')
    })
  },
)
