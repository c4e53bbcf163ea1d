// What a person does with the H5 app, written once for every spec: open it, answer the privacy
// sheet, switch tabs and demo identities, fill 我的's forms, read a QR code off the screen, and take
// the named screenshots every spec keeps under artifacts/screenshots/.
import fs from 'node:fs'
import path from 'node:path'
import { expect, type Locator, type Page, type TestInfo } from '@playwright/test'
import jsQR from 'jsqr'
import { PNG } from 'pngjs'

export const ROOT = path.resolve(__dirname, '..')
export const SHOT_DIR = path.join(ROOT, 'artifacts', 'screenshots')
/** The project whose screenshots go straight into SHOT_DIR; any other project gets a subfolder. */
export const MAIN_PROJECT = 'phone'

export type TextMatch = string | RegExp

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
/** Matches exactly this text (surrounding white space allowed). */
export const exactly = (s: string) => new RegExp(`^\\s*${escapeRegExp(s)}\\s*$`)
const safeName = (s: string) => s.replace(/[^\p{L}\p{N}_.-]+/gu, '-').replace(/^-+|-+$/g, '') || 'shot'

/** Screenshot numbers per `<shotDir>/<spec>` in this worker process. */
const SHOT_COUNTERS = new Map<string, { count: number }>()

export class App {
  /** e.g. `30-events` for e2e/30-events.spec.ts: the prefix of its screenshots. */
  readonly spec: string
  readonly shotDir: string
  /** This spec's screenshot counter in this worker: one sequence over its tests and phones. */
  private readonly shots: { count: number }

  constructor(
    readonly page: Page,
    private readonly testInfo: TestInfo,
    /** Whether a page error is one the spec allows (see the `allowConsoleErrors` option). */
    private readonly allowed: (text: string) => boolean = () => false,
    /** A second phone's name in its screenshots: `<spec>-<nn>-<phone>-<name>.png` (see fork). */
    private readonly phone = '',
  ) {
    this.spec = path.basename(testInfo.file).replace(/\.spec\.[cm]?[jt]s$/, '')
    const project = testInfo.project.name
    this.shotDir = project === MAIN_PROJECT ? SHOT_DIR : path.join(SHOT_DIR, project)
    const key = path.join(this.shotDir, this.spec)
    let shots = SHOT_COUNTERS.get(key)
    if (!shots) {
      // the first test of the spec (in this worker) clears the last run's; later tests number on
      this.clearOldShots()
      shots = { count: 0 }
      SHOT_COUNTERS.set(key, shots)
    }
    this.shots = shots
  }

  /**
   * The same helper for a second phone (a page of another browser context) in this test: its
   * screenshots are numbered in one sequence with this App's and named `<spec>-<nn>-<phone>-<name>`.
   */
  fork(page: Page, phone: string): App {
    return new App(page, this.testInfo, this.allowed, phone)
  }

  // ---- finding things -------------------------------------------------------------------------

  /**
   * The visible elements containing text (a string matches case-insensitively as a substring).
   * Taro keeps visited tab pages in the DOM, hidden: a plain `page.getByText` finds those too.
   */
  visible(text: TextMatch): Locator {
    return this.page.getByText(text).filter({ visible: true })
  }

  /** The first visible element containing text: `await expect(app.text('签到成功')).toBeVisible()`. */
  text(text: TextMatch): Locator {
    return this.visible(text).first()
  }

  /** The visible elements matching a CSS selector. */
  find(selector: string): Locator {
    return this.page.locator(selector).filter({ visible: true })
  }

  /** The visible `<Input name=…>` of the current page. */
  input(name: string): Locator {
    return this.find(`taro-input-core[name="${name}"] input`).first()
  }

  /** The visible `<Textarea name=…>` of the current page. */
  textarea(name: string): Locator {
    return this.find(`taro-textarea-core[name="${name}"] textarea`).first()
  }

  /** The visible Taro `<Button>` whose whole label is `label`. */
  button(label: string): Locator {
    return this.find('taro-button-core')
      .filter({ hasText: exactly(label) })
      .first()
  }

  /** The visible element with this `data-testid`. */
  testId(id: string): Locator {
    return this.page.getByTestId(id).filter({ visible: true })
  }

  get tabBar(): Locator {
    return this.page.locator('.taro-tabbar__tabbar')
  }

  get tabLabels(): Locator {
    return this.tabBar.locator('.weui-tabbar__label')
  }

  // ---- doing things ---------------------------------------------------------------------------

  /** Taps the first visible element containing text, or a Locator. */
  async tap(target: TextMatch | Locator): Promise<void> {
    const locator = typeof target === 'string' || target instanceof RegExp ? this.text(target) : target
    await locator.click()
  }

  /**
   * Launches the app afresh (at `route`, e.g. `/pages/mine/index`) and waits until a Taro page shows.
   * Always a real load: after a hash-only change Taro's H5 router would have to unwind the page stack
   * the spec left, which it does not always do. Fails at once if the page throws meanwhile.
   */
  async open(route = ''): Promise<void> {
    const page = this.page
    let onError: ((e: Error) => void) | undefined
    const thrown = new Promise<never>((_, reject) => {
      onError = (e) => {
        const text = e.stack || e.message
        if (!this.allowed(text))
          reject(new Error(`open ${route || '/'}: the page threw ${text.split('\n')[0]}`))
      }
      page.on('pageerror', onError)
    })
    try {
      await Promise.race([
        (async () => {
          if (page.url() !== 'about:blank') await page.goto('about:blank')
          await page.goto(route ? `/#${route}` : '/')
          await expect(this.find('.taro_page').first()).toBeVisible({ timeout: 20_000 })
        })(),
        thrown,
      ])
    } finally {
      if (onError) page.off('pageerror', onError)
    }
  }

  /** The app shows `route` (the hash path, without query) and its page is the visible one. */
  async expectRoute(route: string): Promise<void> {
    await expect(this.page).toHaveURL(new RegExp(`#${escapeRegExp(route)}(\\?|$)`))
    await expect(this.find(`.taro_page[id^="${route}"]`).first()).toBeVisible()
  }

  /** The privacy sheet a first start shows over the page: it must be there; agree to it. */
  async acceptPrivacy(): Promise<void> {
    const sheet = this.page.getByRole('dialog', { name: '隐私保护指引' }).filter({ visible: true })
    await expect(sheet).toBeVisible()
    await expect(sheet).toContainText('任城邻里隐私保护指引')
    // a fixed overlay inside a Taro page cannot cover the tab bar: the sheet hides it instead
    await expect(this.tabBar).toBeHidden()
    await sheet.getByText('同意并继续').click()
    await expect(sheet).toBeHidden()
  }

  /** Taps the tab bar item labelled exactly `label` and waits until it is the selected one. */
  async tab(label: string): Promise<void> {
    const item = this.tabBar
      .locator('.weui-tabbar__item')
      .filter({ has: this.page.locator('.weui-tabbar__label', { hasText: exactly(label) }) })
    await item.click()
    await expect(this.tabBar.locator('.weui-tabbar__item.weui-bar__item_on .weui-tabbar__label')).toHaveText(
      exactly(label),
    )
  }

  /** The route the app shows, from the hash without its query: `'/pages/home/index'`. */
  route(): string {
    return new URL(this.page.url()).hash.replace(/^#/, '').split('?')[0] || '/'
  }

  /**
   * Presses the browser's back button once the page has finished sliding in, and waits until Taro
   * shows the page of the route it goes back to. Taro's H5 router shades the page below a pushed page
   * 350 ms after the push, and going back does not cancel that timer: a back press before then
   * leaves the page below shaded, i.e. blank (a person double-tapping back would see it too). A person
   * waits for the slide to end; so do we.
   */
  async back(): Promise<void> {
    const from = this.page.url()
    const current = this.find(`.taro_page[id^="${this.route()}"]`).first()
    await expect(current).toHaveClass(/\btaro_page_stationed\b/)
    await this.page.goBack()
    await expect(this.page).not.toHaveURL(from)
    await this.expectRoute(this.route())
  }

  /** Goes back (see back()) until the app shows `route`, at most `limit` times. */
  async backTo(route: string, limit = 6): Promise<void> {
    for (let i = 0; i < limit && this.route() !== route; i++) await this.back()
    await this.expectRoute(route)
  }

  /** Answers the app's confirm dialog that says `text` with its confirm button. */
  async confirmDialog(text: TextMatch): Promise<void> {
    const modal = this.find('.taro-modal__content').filter({ hasText: text })
    await expect(modal).toBeVisible()
    await modal.locator('.taro-model__confirm').click()
    await expect(modal).toBeHidden()
  }

  /** 我的 › 演示工具 (我的 must be showing): the demo tools' own page. */
  async openDemoTools(): Promise<void> {
    await this.tap(this.testId('demo-entry'))
    await this.expectRoute('/packages/demo/index')
    // a demo page left a moment ago may still be sliding out: wait until only this one is there
    await expect(this.find('.taro_page[id^="/packages/demo/index"]')).toHaveCount(1)
  }

  /** Taps a demo identity in 我的 › 演示工具 (我的 must be showing) and comes back to 我的. */
  async switchTo(openid: string): Promise<void> {
    await this.openDemoTools()
    await this.tap(this.find(`[data-openid="${openid}"]`))
    await expect(this.text('已切换为')).toBeVisible()
    await this.back()
    await this.expectRoute('/pages/mine/index')
  }

  /** Opens 我的 afresh and switches to a demo identity. */
  async become(openid: string): Promise<void> {
    await this.open('/pages/mine/index')
    await this.switchTo(openid)
  }

  /** Fills and saves the real-name profile on 我的 (`beforeSave` fills anything else); the phone shows masked. */
  async fillProfile(name: string, phone: string, beforeSave: () => Promise<void> = async () => {}) {
    await expect(this.text('完善实名信息')).toBeVisible()
    await this.input('name').fill(name)
    await this.input('phone').fill(phone)
    await beforeSave()
    await this.tap('保存')
    await expect(this.text(`${phone.slice(0, 3)}****${phone.slice(-4)}`)).toBeVisible()
  }

  /** Picks the first home community in the profile form (金城街道 · 新华社区). */
  async pickHomeCommunity(): Promise<void> {
    await this.tap('请选择所在社区')
    await this.tap(this.find('.weui-picker__action').filter({ hasText: '确定' }).first())
    await expect(this.text('金城街道 · 新华社区')).toBeVisible()
  }

  /** Binds an invite code on 我的 and waits for the text it answers with (the role, or a refusal). */
  async bindInvite(code: string, answer: string): Promise<void> {
    await this.input('inviteCode').fill(code)
    await this.tap('绑定')
    await expect(this.text(answer)).toBeVisible()
  }

  // ---- looking at the screen ------------------------------------------------------------------

  /** Waits for web fonts and two animation frames, so a screenshot shows the settled page. */
  async settle(): Promise<void> {
    await this.page.evaluate(() =>
      Promise.race([
        document.fonts.ready.then(
          () => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))),
        ),
        new Promise<void>((r) => setTimeout(r, 2_000)),
      ]),
    )
  }

  /** Screenshot to artifacts/screenshots/[project/]<spec>-<nn>-<name>.png, numbered in order. */
  async shot(name: string, { fullPage = false } = {}): Promise<string> {
    this.shots.count += 1
    const label = this.phone ? `${this.phone}-${name}` : name
    const file = path.join(
      this.shotDir,
      `${this.spec}-${String(this.shots.count).padStart(2, '0')}-${safeName(label)}.png`,
    )
    await this.settle()
    await this.page.screenshot({ path: file, fullPage, animations: 'disabled' })
    return file
  }

  /** Reads the QR code inside `locator` (default: the visible `.qr-code`) from a screenshot, as a camera would. */
  async decodeQr(locator: Locator = this.find('.qr-code').first()): Promise<string> {
    await expect(locator).toBeVisible()
    await this.settle()
    const png = PNG.sync.read(await locator.screenshot({ animations: 'disabled' }))
    const found = jsQR(new Uint8ClampedArray(png.data), png.width, png.height)
    if (!found) throw new Error('decodeQr: no QR code could be read from the screenshot')
    return found.data
  }

  /** Visible text of the whole page (what a person can read; hidden pages and input values excluded). */
  get body(): Locator {
    return this.page.locator('body')
  }

  /** A spec's screenshots from an earlier run go, so the folder shows this run only. */
  private clearOldShots(): void {
    fs.mkdirSync(this.shotDir, { recursive: true })
    for (const f of fs.readdirSync(this.shotDir)) {
      if (f.startsWith(`${this.spec}-`) && f.endsWith('.png'))
        fs.rmSync(path.join(this.shotDir, f), { force: true })
    }
  }
}
