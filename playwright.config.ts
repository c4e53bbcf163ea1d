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

/** The phone every spec runs on (what the old harness used), in China's time zone. */
const phone = {
  viewport: { width: 375, height: 812 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
  locale: 'zh-CN',
  timezoneId: 'Asia/Shanghai',
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
    { name: 'phone', use: phone },
    {
      // the specs tagged @clock again, with the browser's clock fixed in the grape-music season
      name: 'phone-2027-07-20',
      grep: /@clock/,
      use: { ...phone, clockTime: GRAPE_SEASON },
    },
  ],
  webServer: {
    command: 'node scripts/serve.mjs dist/h5',
    env: { PORT: String(PORT) },
    url: `${BASE_URL}/`,
    reuseExistingServer: false,
    timeout: 20_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
})
