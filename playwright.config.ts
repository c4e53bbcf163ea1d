// H5 end-to-end tests (`npm run e2e`): @playwright/test drives Debian's Chromium (never a downloaded
// Playwright browser) against the ALREADY BUILT dist/h5 (`npm run build:h5`), served on 127.0.0.1.
// See e2e/README.md.
import { defineConfig } from '@playwright/test'
import { GRAPE_SEASON } from './e2e/clock'
import type { E2EOptions } from './e2e/fixtures'

/**
 * The loopback port dist/h5 is served on: E2E_PORT, else one derived from this checkout's path, so
 * worktrees of the project on one machine do not fight over a port (and never reuse each other's server).
 */
function port(): number {
  if (process.env.E2E_PORT) return Number(process.env.E2E_PORT)
  let hash = 7
  for (const ch of __dirname) hash = (hash * 31 + ch.charCodeAt(0)) >>> 0
  return 20_000 + (hash % 20_000)
}
const PORT = port()
const BASE_URL = `http://127.0.0.1:${PORT}`
/** Where the `two-phones` project serves dist/h5-server (its spec starts that server, e2e/server-stack.ts). */
const SERVER_MODE_URL = `http://127.0.0.1:${process.env.E2E_SERVER_MODE_PORT || PORT + 1}`
/** The spec that runs against the server-mode build, only in the `two-phones` project. */
const TWO_PHONES = '70-two-phones.spec.ts'

/** The phone every spec runs on (what the old harness used), in China's time zone. */
const phone = {
  viewport: { width: 375, height: 812 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
  locale: 'zh-CN',
  timezoneId: 'Asia/Shanghai',
}

/** `--project two-phones` alone needs no dist/h5: its spec serves dist/h5-server itself. */
function onlyTwoPhones(): boolean {
  const argv = process.argv
  const projects = argv.flatMap((a, i) =>
    a === '--project' ? [argv[i + 1]] : a.startsWith('--project=') ? [a.slice('--project='.length)] : [],
  )
  return projects.length > 0 && projects.every((p) => p === 'two-phones')
}

export default defineConfig<E2EOptions>({
  testDir: 'e2e',
  testMatch: '*.spec.ts',
  // One browser at a time: the machine has two cores, shared with builds (measured in e2e/README.md).
  workers: 1,
  fullyParallel: false,
  forbidOnly: true,
  retries: 0,
  timeout: 90_000,
  globalTimeout: 900_000,
  expect: { timeout: 10_000 },
  outputDir: 'artifacts/e2e',
  reporter: [['list'], ['./e2e/summary-reporter.ts']],
  use: {
    baseURL: BASE_URL,
    browserName: 'chromium',
    headless: true,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
    actionTimeout: 10_000,
    navigationTimeout: 20_000,
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
  },
  projects: [
    { name: 'phone', testIgnore: TWO_PHONES, use: phone },
    {
      // the specs tagged @clock again, with the browser's clock fixed in the grape-music season
      name: 'phone-2027-07-20',
      grep: /@clock/,
      testIgnore: TWO_PHONES,
      use: { ...phone, clockTime: GRAPE_SEASON },
    },
    {
      // two browser contexts (two phones) on the server-mode build (`npm run build:h5:server`), the
      // API server and PostgreSQL, which the spec starts itself (so the other projects never need them)
      name: 'two-phones',
      testMatch: TWO_PHONES,
      use: { ...phone, baseURL: SERVER_MODE_URL },
    },
  ],
  webServer: onlyTwoPhones()
    ? undefined
    : {
        command: 'node scripts/serve.mjs dist/h5',
        env: { PORT: String(PORT) },
        url: `${BASE_URL}/`,
        reuseExistingServer: false,
        timeout: 20_000,
        stdout: 'ignore',
        stderr: 'pipe',
      },
})
