// The `test` every spec imports: Playwright's, with
//   - `app`: the App helper (e2e/app.ts) for this test's page;
//   - `clockTime` (option): when a project sets it, the browser's clock starts at that instant
//     (`page.clock.install`) before the app loads, and keeps running from there;
//   - `allowConsoleErrors` (option): console errors / page errors a spec expects;
//   - an automatic check that fails the test on any other `console.error` or uncaught page error
//     (a 404 on an asset shows up as a console error too). On failure the browser's whole console
//     is attached to the report next to Playwright's own screenshot and trace.
import { test as base, expect } from '@playwright/test'
import { App, type TextMatch } from './app'

export { expect }

export interface E2EOptions {
  /** An instant such as `2027-07-20T21:30:00+08:00`; unset, the browser runs on the real clock. */
  clockTime: string | undefined
  /** Browser errors this spec expects (a string matches as a substring). Keep it short. */
  allowConsoleErrors: TextMatch[]
}

interface E2EFixtures {
  app: App
  browserErrors: void
}

/** Browser errors any spec may ignore (prefer a spec's own `test.use({ allowConsoleErrors })`). */
const ALLOWED_EVERYWHERE: TextMatch[] = []

const allows = (patterns: TextMatch[]) => (text: string) =>
  patterns.some((p) => (typeof p === 'string' ? text.includes(p) : p.test(text)))

export const test = base.extend<E2EOptions & E2EFixtures>({
  clockTime: [undefined, { option: true }],
  allowConsoleErrors: [[], { option: true }],

  page: async ({ page, clockTime }, use) => {
    if (clockTime) await page.clock.install({ time: clockTime })
    await use(page)
  },

  browserErrors: [
    async ({ page, allowConsoleErrors }, use, testInfo) => {
      const allowed = allows([...ALLOWED_EVERYWHERE, ...allowConsoleErrors])
      const lines: string[] = []
      const errors: string[] = []
      page.on('console', (msg) => {
        const { url, lineNumber } = msg.location()
        const where = url ? ` (${url}:${lineNumber})` : ''
        lines.push(`[${msg.type()}] ${msg.text()}${where}`)
        if (msg.type() === 'error') errors.push(`console.error: ${msg.text()}${where}`)
      })
      page.on('pageerror', (e) => {
        const text = e.stack || e.message
        lines.push(`[pageerror] ${text}`)
        errors.push(`uncaught: ${text}`)
      })

      await use()

      const bad = errors.filter((e) => !allowed(e))
      if (bad.length > 0 || testInfo.status !== testInfo.expectedStatus)
        await testInfo.attach('browser-console.txt', { body: lines.join('\n') || '(nothing logged)' })
      if (bad.length > 0) {
        const list = bad.map((e) => `  ${e.split('\n').slice(0, 4).join('\n    ')}`).join('\n')
        throw new Error(`${bad.length} unexpected browser error(s) during the test:\n${list}`)
      }
    },
    { auto: true },
  ],

  app: async ({ page, allowConsoleErrors }, use, testInfo) => {
    await use(new App(page, testInfo, allows([...ALLOWED_EVERYWHERE, ...allowConsoleErrors])))
  },
})
