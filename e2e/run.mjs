#!/usr/bin/env node
// H5 end-to-end harness: serves the built dist/h5 on a free loopback port, drives Debian's Chromium
// through playwright-core and runs every e2e/*.e2e.mjs file in name order, each in a fresh browser
// profile (fresh localStorage). Builds nothing: run `npm run build:h5` first.
//
//   node e2e/run.mjs            all specs
//   node e2e/run.mjs smoke      only specs whose file name contains "smoke" (several words allowed)
//
// Environment: E2E_SPECS_DIR (default e2e/), CHROMIUM_PATH (default /usr/bin/chromium), E2E_SPEC_TIMEOUT_MS (default 90000),
// E2E_TOTAL_TIMEOUT_MS (default 900000), E2E_VERBOSE=1 (echo every browser console message).
// A spec file exports `name` (string) and `async run(t)`; optionally `timeout` (ms) and
// `allowConsoleErrors` (array of string|RegExp). See e2e/README.md for the `t` API.
import assert from 'node:assert/strict'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { chromium } from 'playwright-core'
import { serve } from '../scripts/serve.mjs'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const E2E_DIR = path.resolve(process.env.E2E_SPECS_DIR || path.join(ROOT, 'e2e'))
const DIST = path.join(ROOT, 'dist', 'h5')
const SHOT_DIR = path.join(ROOT, 'artifacts', 'screenshots')
const REPORT_DIR = path.join(ROOT, 'artifacts', 'e2e')
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium'
const SPEC_TIMEOUT = Number(process.env.E2E_SPEC_TIMEOUT_MS || 90_000)
const TOTAL_TIMEOUT = Number(process.env.E2E_TOTAL_TIMEOUT_MS || 900_000)
const VERBOSE = process.env.E2E_VERBOSE === '1'
const ACTION_TIMEOUT = 10_000
const NAV_TIMEOUT = 20_000
const CLOSE_TIMEOUT = 10_000

const LAUNCH_OPTIONS = {
  executablePath: CHROMIUM,
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
  viewport: { width: 375, height: 812 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
  locale: 'zh-CN',
  timeout: 30_000,
}

// Console errors every spec may ignore (keep this short; prefer a spec's own allowConsoleErrors).
const GLOBAL_ALLOWED_CONSOLE_ERRORS = []

const log = (...args) => console.log(...args)
// Playwright's call logs carry terminal colour codes: keep logs and reports plain text.
// eslint-disable-next-line no-control-regex
const plain = (s) => String(s).replace(/\u001b\[[0-9;]*m/g, '')
const secs = (ms) => `${(ms / 1000).toFixed(1)}s`
const safeName = (s) =>
  String(s)
    .replace(/[^\p{L}\p{N}_.-]+/gu, '-')
    .replace(/^-+|-+$/g, '') || 'shot'
const exactText = (s) => new RegExp(`^\\s*${String(s).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`)
const matches = (pattern, text) => (pattern instanceof RegExp ? pattern.test(text) : text.includes(pattern))

/** Reject after ms with a clear message; the timer never keeps the process alive. */
function withTimeout(promise, ms, what) {
  let timer
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: timed out after ${secs(ms)}`)), ms)
    timer.unref?.()
  })
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer))
}

// ---------------------------------------------------------------------------------------------
// Resources to release however the run ends (normal end, failure, signal, watchdog).
const live = { server: null, contexts: new Set(), tmpDirs: new Set() }
const tally = { passed: 0, failed: 0, total: 0 }
// On an abort, every spec that did not pass counts as failed.
const abortSummary = () => `e2e: ${tally.passed} passed, ${Math.max(tally.total - tally.passed, 1)} failed`

function removeTmpDirsSync() {
  for (const dir of live.tmpDirs) {
    try {
      fs.rmSync(dir, { recursive: true, force: true })
    } catch {
      // best effort
    }
  }
  live.tmpDirs.clear()
}

async function cleanup() {
  await Promise.allSettled(
    [...live.contexts].map((ctx) => withTimeout(ctx.close(), CLOSE_TIMEOUT, 'closing browser')),
  )
  live.contexts.clear()
  if (live.server) await withTimeout(live.server.close(), CLOSE_TIMEOUT, 'closing server').catch(() => {})
  live.server = null
  removeTmpDirsSync()
}

// playwright-core kills browsers it launched on process exit; we remove our temp profiles.
process.on('exit', removeTmpDirsSync)
for (const [signal, code] of [
  ['SIGINT', 130],
  ['SIGTERM', 143],
  ['SIGHUP', 129],
]) {
  process.on(signal, () => {
    log(`\ne2e: ${signal} received, stopping`)
    withTimeout(cleanup(), CLOSE_TIMEOUT, 'cleanup')
      .catch(() => {})
      .finally(() => {
        log(abortSummary())
        process.exit(code)
      })
  })
}

// ---------------------------------------------------------------------------------------------

function findSpecs(filters) {
  const files = fs
    .readdirSync(E2E_DIR)
    .filter((f) => f.endsWith('.e2e.mjs'))
    .sort()
  return files
    .map((file) => ({ file, id: file.replace(/\.e2e\.mjs$/, '') }))
    .filter(({ id }) => filters.length === 0 || filters.some((f) => id.includes(f)))
}

function clearOldArtifacts(id) {
  for (const dir of [SHOT_DIR, REPORT_DIR]) {
    for (const f of fs.readdirSync(dir)) {
      if (f.startsWith(`${id}-`)) fs.rmSync(path.join(dir, f), { force: true })
    }
  }
}

/** Build the `t` object handed to a spec's run(t). */
function makeHarness({ id, page, context, baseUrl, consoleErrors, allowed, pageErrorListeners }) {
  let shotNo = 0
  const stepStack = []

  /** Run fn, but fail at once (instead of at fn's timeout) if the page throws an uncaught error. */
  const failOnPageError = async (what, fn) => {
    let listener
    const thrown = new Promise((_, reject) => {
      listener = (text) => reject(new Error(`${what}: the page threw ${text.split('\n')[0]}`))
      pageErrorListeners.add(listener)
    })
    try {
      return await Promise.race([fn(), thrown])
    } finally {
      pageErrorListeners.delete(listener)
    }
  }

  const visible = (target) => {
    if (typeof target !== 'string' && !(target instanceof RegExp)) return target // already a Locator
    return page.getByText(target).filter({ visible: true })
  }

  const t = {
    id,
    page,
    context,
    baseUrl,
    assert,
    log: (...args) => log(`      ${args.join(' ')}`),

    /** Full URL for an app route, e.g. url('/pages/points/index?tab=1') (hash routing). */
    url(route = '') {
      if (!route) return `${baseUrl}/`
      return `${baseUrl}/#${route.startsWith('/') ? route : `/${route}`}`
    },

    /**
     * Open the app (or one route of it) afresh, as launching it at that page would, and wait until a
     * Taro page is shown. A hash-only goto would not reload, and Taro's H5 router then has to unwind
     * whatever page stack the spec left, which it does not always do.
     */
    async open(route = '', { timeout = NAV_TIMEOUT } = {}) {
      await failOnPageError(`open ${route || '/'}`, async () => {
        if (page.url() !== 'about:blank') await page.goto('about:blank', { timeout })
        await page.goto(t.url(route), { waitUntil: 'load', timeout })
        await page
          .locator('.taro_page')
          .filter({ visible: true })
          .first()
          .waitFor({ state: 'visible', timeout })
      })
    },

    /** Current route from the hash, e.g. '/pages/home/index'. */
    route() {
      const hash = new URL(page.url()).hash.replace(/^#/, '')
      return hash.split('?')[0] || '/'
    },

    /** Wait until the app shows route (hash path without query), e.g. '/pages/points/index'. */
    async expectRoute(route, { timeout = ACTION_TIMEOUT } = {}) {
      const want = route.startsWith('/') ? route : `/${route}`
      try {
        await page.waitForURL((u) => u.hash.replace(/^#/, '').split('?')[0] === want, { timeout })
        await page
          .locator(`.taro_page[id^="${want}"]`)
          .filter({ visible: true })
          .first()
          .waitFor({ state: 'visible', timeout })
      } catch {
        throw new Error(`expectRoute: not on ${want} within ${secs(timeout)} (now ${page.url()})`)
      }
    },

    /** Wait for web fonts and two animation frames, so a screenshot shows the settled page. */
    settle: () =>
      page.evaluate(() =>
        Promise.race([
          document.fonts.ready.then(
            () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))),
          ),
          new Promise((r) => setTimeout(r, 2_000)),
        ]),
      ),

    /** A Locator for visible elements containing text (string: substring; RegExp allowed). */
    visible,

    /** Wait until some visible element contains text. Returns its Locator. */
    async expectText(text, { timeout = ACTION_TIMEOUT } = {}) {
      const loc = visible(text).first()
      try {
        await loc.waitFor({ state: 'visible', timeout })
      } catch {
        throw new Error(`expectText: no visible ${JSON.stringify(String(text))} within ${secs(timeout)}`)
      }
      return loc
    },

    /** Wait until no visible element contains text. */
    async expectNoText(text, { timeout = ACTION_TIMEOUT } = {}) {
      const deadline = Date.now() + timeout
      while ((await visible(text).count()) > 0) {
        if (Date.now() > deadline)
          throw new Error(
            `expectNoText: ${JSON.stringify(String(text))} still visible after ${secs(timeout)}`,
          )
        await page.waitForTimeout(100)
      }
    },

    /** Tap (click) the first visible element containing text, or a Locator. */
    async tap(target, { timeout = ACTION_TIMEOUT } = {}) {
      const loc = typeof target === 'string' || target instanceof RegExp ? visible(target).first() : target
      await loc.click({ timeout })
    },

    /** Tap target if it becomes visible within timeout (for optional dialogs); returns whether it tapped. */
    async tapIfPresent(target, { timeout = 1_500 } = {}) {
      const loc = typeof target === 'string' || target instanceof RegExp ? visible(target).first() : target
      try {
        await loc.waitFor({ state: 'visible', timeout })
      } catch {
        return false
      }
      await loc.click({ timeout: ACTION_TIMEOUT })
      return true
    },

    /** Labels of the tab bar items, in order. */
    async tabLabels({ timeout = ACTION_TIMEOUT } = {}) {
      const labels = page.locator('.taro-tabbar__tabbar .weui-tabbar__label')
      await labels.first().waitFor({ state: 'visible', timeout })
      return (await labels.allInnerTexts()).map((s) => s.trim())
    },

    /** Tap the tab bar item with this exact label and wait until it is the selected tab. */
    async tab(label, { timeout = ACTION_TIMEOUT } = {}) {
      const item = page
        .locator('.taro-tabbar__tabbar .weui-tabbar__item')
        .filter({ has: page.locator('.weui-tabbar__label', { hasText: exactText(label) }) })
        .first()
      await item.click({ timeout })
      await page
        .locator('.taro-tabbar__tabbar .weui-tabbar__item.weui-bar__item_on .weui-tabbar__label', {
          hasText: exactText(label),
        })
        .waitFor({ state: 'visible', timeout })
    },

    /** Visible text of the whole page (what a person can read). */
    pageText: () => page.evaluate(() => document.body?.innerText ?? ''),

    /** Screenshot to artifacts/screenshots/<spec>-<nn>-<name>.png; returns the path. */
    async shot(name, { fullPage = false } = {}) {
      shotNo += 1
      const file = path.join(SHOT_DIR, `${id}-${String(shotNo).padStart(2, '0')}-${safeName(name)}.png`)
      await t.settle()
      await page.screenshot({ path: file, fullPage, timeout: ACTION_TIMEOUT, animations: 'disabled' })
      log(`      📷 ${path.relative(ROOT, file)}`)
      return file
    },

    /** A named step: logged with its duration; an error names the step it happened in. */
    async step(title, fn) {
      stepStack.push(title)
      const label = stepStack.join(' › ')
      const t0 = Date.now()
      try {
        const result = await fn()
        log(`    ✓ ${label} (${secs(Date.now() - t0)})`)
        return result
      } catch (err) {
        log(`    ✗ ${label} (${secs(Date.now() - t0)})`)
        if (err instanceof Error && !err.e2eStep) {
          err.e2eStep = label
          err.message = `[step: ${label}] ${err.message}`
        }
        throw err
      } finally {
        stepStack.pop()
      }
    },

    /** Ignore console/page errors matching pattern (string: substring) for the rest of this spec. */
    allowConsoleError(pattern) {
      allowed.push(pattern)
    },

    /** Console/page errors seen so far that are not allowed. */
    consoleErrors: () => consoleErrors.filter((e) => !allowed.some((p) => matches(p, e.text))),
  }
  return t
}

async function writeFailureReport(id, page, err, consoleLines) {
  const lines = [`spec: ${id}`, `error: ${plain(err?.stack || err)}`]
  if (page && !page.isClosed()) {
    const shotFile = path.join(SHOT_DIR, `${id}-failure.png`)
    try {
      await page.screenshot({ path: shotFile, timeout: 5_000 })
      lines.push(`screenshot: ${path.relative(ROOT, shotFile)}`)
    } catch (e) {
      lines.push(`screenshot failed: ${e.message}`)
    }
    lines.push(`url: ${page.url()}`)
    try {
      const text = await withTimeout(
        page.evaluate(() => document.body?.innerText ?? ''),
        5_000,
        'reading page text',
      )
      lines.push('--- page text ---', text)
    } catch (e) {
      lines.push(`page text unavailable: ${e.message}`)
    }
  }
  lines.push('--- browser console ---', ...consoleLines)
  const file = path.join(REPORT_DIR, `${id}-failure.txt`)
  fs.writeFileSync(file, lines.join('\n') + '\n')
  return file
}

async function runSpec({ file, id }, baseUrl) {
  clearOldArtifacts(id)
  const consoleErrors = []
  const consoleLines = []
  const pageErrorListeners = new Set()
  const allowed = [...GLOBAL_ALLOWED_CONSOLE_ERRORS]
  const isAllowed = (text) => allowed.some((p) => matches(p, text))
  let page
  let context
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), `e2e-${safeName(id)}-`))
  live.tmpDirs.add(userDataDir)
  const t0 = Date.now()
  let mod
  try {
    mod = await import(pathToFileURL(path.join(E2E_DIR, file)).href)
    if (typeof mod.run !== 'function') throw new Error(`${file} must export async function run(t)`)
    const title = typeof mod.name === 'string' ? mod.name : id
    log(`\n▶ ${id}: ${title}`)
    allowed.push(...(mod.allowConsoleErrors || []))

    context = await chromium.launchPersistentContext(userDataDir, LAUNCH_OPTIONS)
    live.contexts.add(context)
    context.setDefaultTimeout(ACTION_TIMEOUT)
    context.setDefaultNavigationTimeout(NAV_TIMEOUT)
    const watch = (p) => {
      p.on('console', (msg) => {
        const loc = msg.location()
        const where = loc?.url ? ` (${loc.url}:${loc.lineNumber})` : ''
        const line = `[${msg.type()}] ${msg.text()}${where}`
        consoleLines.push(line)
        if (VERBOSE) log(`      console ${line}`)
        if (msg.type() === 'error') consoleErrors.push({ kind: 'console.error', text: msg.text() + where })
      })
      p.on('pageerror', (e) => {
        const text = e.stack || e.message
        consoleLines.push(`[pageerror] ${text}`)
        if (VERBOSE) log(`      pageerror ${text}`)
        consoleErrors.push({ kind: 'uncaught', text })
        if (!isAllowed(text)) pageErrorListeners.forEach((listener) => listener(text))
      })
    }
    context.pages().forEach(watch)
    context.on('page', watch)
    page = context.pages()[0] || (await context.newPage())

    const t = makeHarness({ id, page, context, baseUrl, consoleErrors, allowed, pageErrorListeners })
    await withTimeout(
      Promise.resolve().then(() => mod.run(t)),
      Number(mod.timeout) || SPEC_TIMEOUT,
      `spec ${id}`,
    )
    const bad = t.consoleErrors()
    if (bad.length) {
      const list = bad.map((e) => `        ${e.kind}: ${e.text.split('\n').slice(0, 4).join('\n          ')}`)
      throw Object.assign(new Error(`${bad.length} browser error(s) during the spec:\n${list.join('\n')}`), {
        e2eConsoleErrors: true,
      })
    }
    log(`✔ ${id} passed (${secs(Date.now() - t0)})`)
    return true
  } catch (err) {
    log(`✘ ${id} FAILED (${secs(Date.now() - t0)})\n    ${plain(err?.stack || err).replace(/\n/g, '\n    ')}`)
    const bad = consoleErrors.filter((e) => !isAllowed(e.text))
    if (bad.length && !err?.e2eConsoleErrors) {
      log('    browser errors seen before the failure:')
      bad.forEach((e) => log(`      ${e.kind}: ${e.text.split('\n').slice(0, 3).join('\n        ')}`))
    }
    try {
      const report = await withTimeout(
        writeFailureReport(id, page, err, consoleLines),
        20_000,
        'writing failure report',
      )
      log(`    report: ${path.relative(ROOT, report)}`)
    } catch (e) {
      log(`    (could not write failure report: ${e.message})`)
    }
    return false
  } finally {
    if (context) {
      await withTimeout(context.close(), CLOSE_TIMEOUT, 'closing browser').catch((e) =>
        log(`    ${e.message}`),
      )
      live.contexts.delete(context)
    }
    fs.rmSync(userDataDir, { recursive: true, force: true })
    live.tmpDirs.delete(userDataDir)
  }
}

async function main() {
  const specs = findSpecs(process.argv.slice(2))
  if (specs.length === 0) {
    log(`e2e: no spec matched in ${path.relative(ROOT, E2E_DIR)}/*.e2e.mjs`)
    log('e2e: 0 passed, 1 failed')
    return 1
  }
  const preflight = []
  if (!fs.existsSync(path.join(DIST, 'index.html')))
    preflight.push(`${path.relative(ROOT, DIST)}/index.html is missing: run \`npm run build:h5\` first`)
  if (!fs.existsSync(CHROMIUM))
    preflight.push(`${CHROMIUM} is missing: run \`bash scripts/setup.sh\` (installs Debian's chromium)`)
  if (preflight.length) {
    preflight.forEach((p) => log(`e2e: ${p}`))
    log(`e2e: 0 passed, ${specs.length} failed`)
    return 1
  }
  fs.mkdirSync(SHOT_DIR, { recursive: true })
  fs.mkdirSync(REPORT_DIR, { recursive: true })

  const t0 = Date.now()
  tally.total = specs.length
  live.server = await serve(DIST, 0)
  log(`e2e: serving ${path.relative(ROOT, DIST)} at ${live.server.url}, ${specs.length} spec(s)`)
  for (const spec of specs) {
    if (await runSpec(spec, live.server.url)) tally.passed += 1
    else tally.failed += 1
  }
  await cleanup()
  log(`\ne2e: finished in ${secs(Date.now() - t0)}`)
  log(`e2e: ${tally.passed} passed, ${tally.failed} failed`)
  return tally.failed ? 1 : 0
}

const watchdog = setTimeout(() => {
  log(`\ne2e: whole run exceeded ${secs(TOTAL_TIMEOUT)} (E2E_TOTAL_TIMEOUT_MS), aborting`)
  withTimeout(cleanup(), CLOSE_TIMEOUT, 'cleanup')
    .catch(() => {})
    .finally(() => {
      log(abortSummary())
      process.exit(1)
    })
}, TOTAL_TIMEOUT)
watchdog.unref()

main()
  .then((code) => {
    process.exitCode = code
  })
  .catch(async (err) => {
    log(`e2e: harness error: ${err?.stack || err}`)
    await withTimeout(cleanup(), CLOSE_TIMEOUT, 'cleanup').catch(() => {})
    log(abortSummary())
    process.exitCode = 1
  })
  .finally(() => {
    // Do not wait for stray handles (a spec's leftover timer, a hung socket): we are done.
    setTimeout(() => process.exit(process.exitCode ?? 0), 200).unref()
  })
