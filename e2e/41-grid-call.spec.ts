// Calling 12345 from the hotline: the browser asks first, follows a tel: link in a window of its
// own, and the app keeps answering taps afterwards (Taro H5's makePhoneCall used to navigate the
// app's own tab to tel:, after which Chromium let no tap through, not even after a reload).
import { expect, test } from './fixtures'

test('拨打 12345 之后，入口、返回和标签栏照常可点', async ({ app, page }) => {
  await page.addInitScript(() => {
    localStorage.setItem('linli-app:privacy-agreed', JSON.stringify({ data: '2026-11' }))
    const dialed: string[] = []
    Object.assign(window, { dialed })
    document.addEventListener(
      'click',
      (e) => {
        const link = e.target instanceof HTMLAnchorElement ? e.target : null
        if (link?.href.startsWith('tel:')) dialed.push(`${link.href} ${link.target}`)
      },
      true,
    )
  })
  const dialed = () => page.evaluate(() => (window as unknown as { dialed: string[] }).dialed)

  await test.step('首页 网格+热线 → 拨打 12345 asks first, showing the number', async () => {
    await app.open('/pages/home/index')
    await app.tap(app.find('[data-entry="grid"]'))
    await app.expectRoute('/packages/grid/home/index')
    await app.tap('拨打 12345')
    const modal = app.find('.taro-modal__content')
    await expect(modal).toContainText('将用手机呼叫 12345')
    await app.shot('call-confirm')
    await modal.locator('.taro-model__cancel').click()
    await expect(modal).toBeHidden()
    expect(await dialed(), 'cancel dials nothing').toEqual([])
  })

  await test.step('拨打 follows a tel: link in its own window; the app keeps its tab', async () => {
    const url = page.url()
    await app.tap('拨打 12345')
    await app.find('.taro-modal__content .taro-model__confirm').click()
    await expect.poll(dialed).toEqual(['tel:12345 _blank'])
    expect(page.url()).toBe(url)
  })

  await test.step('entrances, back and tabs still answer taps', async () => {
    await app.tap('我要反映')
    await app.expectRoute('/packages/grid/report/index')
    await app.backTo('/pages/home/index')
    await app.tab('我的')
    await app.expectRoute('/pages/mine/index')
    await app.tab('首页')
    await app.tap(app.find('[data-entry="events"]'))
    await app.expectRoute('/packages/events/index')
  })
})
