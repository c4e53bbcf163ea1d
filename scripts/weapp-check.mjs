// npm run check:weapp (after npm run build:weapp)
//
// Checks the built mini-program in dist/weapp with WeChat's own offline tools and exits non-zero
// on any error:
//   1. miniprogram-ci      analyseCode, getCompiledResult, checkCodeQuality
//   2. miniprogram-compiler wcc over every WXML/WXS file, wcsc over every WXSS file
//   3. budgets             compiled bytes per package root (main ≤ 450,000, subpackage ≤ 200,000)
//   4. miniprogram-simulate every page of app.json rendered in jsdom; the expected strings of
//                          scripts/weapp-pages.mjs must appear, nothing may throw
// Writes artifacts/weapp-report.json.
//
// Options: --dist <dir>      built mini-program (default dist/weapp)
//          --pages <file>    page expectations (default scripts/weapp-pages.mjs)
//          --report <file>   report path (default artifacts/weapp-report.json)
//          --only <steps>    comma list of ci,wcc,budget,render (budget needs ci)
//          --verbose         show the tools' own logs and every page's rendered text
//
// miniprogram-ci leaves file watchers running, so the script ends with process.exit().

import fs from 'node:fs'
import path from 'node:path'
import { createRequire } from 'node:module'
import { fileURLToPath, pathToFileURL } from 'node:url'

const require = createRequire(import.meta.url)
const FakeTimers = require('@sinonjs/fake-timers')
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

const BUDGETS = { main: 450_000, subpackage: 200_000 }
const RENDER = {
  quietMs: 250, // a page has settled when its text stays unchanged this long …
  pendingTimerMaxMs: 999, // … with no setTimeout of up to this delay pending (mock latency, not clocks),
  idleMs: 2_000, // or when its text stays unchanged this long whatever is pending;
  timeoutMs: 5_000, // a page gets at most this long to settle after loading,
  tapTimeoutMs: 3_000, // and this long after the tap.
}
const WATCHDOG_MS = 150_000

// checkCodeQuality items: 'fail' fails the check when the item does not pass, 'warn' only reports.
// Items not listed here (new miniprogram-ci versions add some) are reported as warnings.
const QUALITY_POLICY = {
  PACKAGE_SIZE_LIMIT: 'fail', // a package over 1.5 MB (our own budgets are stricter still)
  IMAGE_AND_AUDIO_LIMIT: 'fail', // over 200 KB of images/audio inside the code package
  CONTAINS_OTHER_PKG_JS: 'fail', // main-package JS that only subpackages use: wasted main-package bytes
  CONTAINS_OTHER_PKG_COMPONENTS: 'fail', // the same for components
  CONTAINS_UNUSED_PLUGINS: 'fail', // declared plugins nothing uses
  CONTAINS_UNUSED_COMPONENTS: 'fail', // declared components nothing uses
  CONTAINS_UNUSED_CODES: 'fail', // files nothing depends on: dead weight in the package
  LAZYCODE_LOADING_OPEN: 'fail', // app.json lazyCodeLoading — part of our config
  JS_COMPRESS_OPEN: 'fail', // project.config.json setting.minified — part of our config
  WXML_COMPRESS_OPEN: 'fail', // project.config.json setting.minifyWXML — part of our config
  WXSS_COMPRESS_OPEN: 'fail', // project.config.json setting.minifyWXSS — part of our config
}

// ---------------------------------------------------------------- arguments and output

function parseArgs(argv) {
  const opts = {
    dist: path.join(ROOT, 'dist/weapp'),
    pages: path.join(ROOT, 'scripts/weapp-pages.mjs'),
    report: path.join(ROOT, 'artifacts/weapp-report.json'),
    only: null,
    verbose: false,
  }
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    const value = () => {
      if (i + 1 >= argv.length) throw new Error(`${arg} needs a value`)
      return argv[++i]
    }
    if (arg === '--dist') opts.dist = path.resolve(value())
    else if (arg === '--pages') opts.pages = path.resolve(value())
    else if (arg === '--report') opts.report = path.resolve(value())
    else if (arg === '--only') opts.only = new Set(value().split(','))
    else if (arg === '--verbose' || arg === '-v') opts.verbose = true
    else throw new Error(`unknown option ${arg}`)
  }
  return opts
}

const write = (line = '') => process.stdout.write(`${line}\n`)
const pass = (line) => write(`  ✔ ${line}`)
const fail = (line) => write(`  ✘ ${line}`)
const warn = (line) => write(`  ⚠ ${line}`)
const note = (line) => write(`    ${line}`)
const heading = (line) => write(`\n── ${line}`)
const kb = (n) => `${(n / 1000).toFixed(1)} kB`
const fmt = (n) => n.toLocaleString('en-US')
const shown = (p) => (path.relative(ROOT, p).startsWith('..') ? p : path.relative(ROOT, p))

/** Long messages (minified code in a babel frame) cut to something readable. */
function clip(text, maxLines = 12, maxWidth = 220) {
  const lines = String(text).split('\n')
  const out = lines.slice(0, maxLines).map((l) => (l.length > maxWidth ? `${l.slice(0, maxWidth)} …` : l))
  if (lines.length > maxLines) out.push(`… (${lines.length - maxLines} more lines)`)
  return out.join('\n')
}

/**
 * An error as text; with `frames`, the first stack frames inside `within` (the built mini-program)
 * too: where in the built code it broke.
 */
function errorText(err, frames = 0, within = null) {
  if (err instanceof Error) {
    const lines = (err.stack || '').split('\n')
    const stack = lines.filter((l) => /^\s+at /.test(l) && (!within || l.includes(within)))
    // A SyntaxError from require() names the file on the stack's first line.
    const where = err instanceof SyntaxError && /^\S+:\d+$/.test(lines[0]) ? ` (${lines[0]})` : ''
    const head = `${err.name && err.name !== 'Error' ? `${err.name}: ` : ''}${err.message}${where}`
    return [head, ...stack.slice(0, frames)].join('\n')
  }
  if (err && typeof err === 'object') return err.message || err.errMsg || JSON.stringify(err)
  return String(err)
}

/**
 * Babel's code frame is useless on one-line minified files: show the code around the column instead.
 * "…/pages/x/index.js: Unexpected token (1:3293)" + frame → the message and ±60 characters of the line.
 */
function readableCompileError(message) {
  const m = /(\S+\.js): (.+?) \((\d+):(\d+)\)/.exec(message)
  if (!m || !fs.existsSync(m[1])) return message
  const line = fs.readFileSync(m[1], 'utf8').split('\n')[Number(m[3]) - 1] || ''
  const col = Number(m[4])
  const from = Math.max(0, col - 60)
  const snippet = `${from > 0 ? '…' : ''}${line.slice(from, col)}⟦${line.slice(col, col + 1)}⟧${line.slice(col + 1, col + 40)}…`
  return `${m[1]}: ${m[2]} at ${m[3]}:${m[4]}\n${snippet}`
}

// All console output goes through here: miniprogram-ci and the pages log a lot. Each step
// routes it to a sink; outside a step, miniprogram-ci's known chatter is dropped.
const realConsole = { ...console }
let consoleSink = null
let verboseMode = false
const CI_NOISE =
  /^(\[(miniprogram-builder|summer-compiler|error|info|warn)\]|Initial scan complete|serialize |shouldCreate return)/
for (const level of ['log', 'info', 'warn', 'error', 'debug', 'trace']) {
  console[level] = (...args) => {
    if (consoleSink) return consoleSink(level, args)
    if (!verboseMode && CI_NOISE.test(String(args[0]))) return
    realConsole[level](...args)
  }
}

function withConsole(sink, fn) {
  const previous = consoleSink
  consoleSink = sink
  return Promise.resolve()
    .then(fn)
    .finally(() => {
      consoleSink = previous
    })
}

// ---------------------------------------------------------------- app.json and packages

function readJson(file) {
  return JSON.parse(fs.readFileSync(file, 'utf8'))
}

function packagesOf(appJson) {
  const subs = appJson.subPackages || appJson.subpackages || []
  return subs.map((s) => ({
    root: String(s.root).replace(/^\/+|\/+$/g, ''),
    name: s.name || null,
    independent: !!s.independent,
    pages: (s.pages || []).map((p) => `${String(s.root).replace(/^\/+|\/+$/g, '')}/${p}`),
  }))
}

function allPages(appJson) {
  return [...(appJson.pages || []), ...packagesOf(appJson).flatMap((s) => s.pages)]
}

function listFiles(dir, base = dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : listFiles(full, base)
    return [path.relative(base, full).split(path.sep).join('/')]
  })
}

// ---------------------------------------------------------------- 1. miniprogram-ci

async function stepCi(ctx) {
  heading('1. miniprogram-ci (analyseCode, getCompiledResult, checkCodeQuality)')
  const result = { ok: true, errors: [], warnings: [], analyse: null, compile: null, quality: [] }
  const ciLog = []
  const sink = (level, args) => {
    const line = args.map((a) => (a instanceof Error ? a.message : String(a))).join(' ')
    ciLog.push(line)
    if (ctx.opts.verbose) realConsole[level](...args)
  }
  const failWith = (message) => {
    result.ok = false
    result.errors.push(message)
    fail(message.split('\n')[0])
    if (message.includes('\n')) note(clip(message.split('\n').slice(1).join('\n')).replace(/\n/g, '\n    '))
  }

  await withConsole(sink, async () => {
    const ci = require('miniprogram-ci')
    let appid = 'touristappid'
    let projectSetting = {}
    for (const file of [path.join(ctx.dist, 'project.config.json'), path.join(ROOT, 'project.config.json')]) {
      if (fs.existsSync(file)) {
        const config = readJson(file)
        appid = config.appid || appid
        projectSetting = config.setting || {}
        break
      }
    }
    // attr() normally asks WeChat's servers for the project's attributes; the defaults keep it offline.
    const project = new ci.Project({
      appid,
      type: 'miniProgram',
      projectPath: ctx.dist,
      privateKey: 'offline-check-no-key',
      attr: async () => ci.DefaultProjectAttr,
    })

    // analyseCode: the dependency graph — pages, components, require/import, wxml import/include, wxs.
    let t0 = Date.now()
    try {
      const analysis = await ci.analyseCode(project, { silent: true })
      const unresolved = []
      const moduleErrors = []
      for (const m of analysis.modules) {
        for (const d of m.deps || []) if (d.error) unresolved.push(`${m.path}: ${d.error}`)
        for (const e of m.errors || []) moduleErrors.push(`${m.path}: ${e}`)
        if (m.buildError) moduleErrors.push(`${m.path}: ${m.buildError}`)
        for (const w of m.warnings || []) result.warnings.push(`analyseCode ${m.path}: ${w}`)
      }
      result.analyse = {
        ms: Date.now() - t0,
        modules: analysis.modules.length,
        files: analysis.files.length,
        unresolved,
        moduleErrors,
      }
      if (unresolved.length || moduleErrors.length) {
        for (const u of unresolved) failWith(`analyseCode: unresolved ${u}`)
        for (const e of moduleErrors) failWith(`analyseCode: ${e}`)
      } else {
        pass(
          `analyseCode: ${analysis.modules.length} modules, ${analysis.files.length} files, nothing unresolved (${Date.now() - t0} ms)`,
        )
      }
    } catch (err) {
      failWith(`analyseCode threw: ${errorText(err)}`)
    }

    // getCompiledResult: app.json/page json schema, tabBar, icons, JS (babel) — what an upload compiles.
    // useProjectConfig adds project.config.json's own flags (minified, enhance), so the output is
    // what WeChat would receive, and its sizes are what the budgets measure. es7 (WeChat's own
    // transpile to ES5) follows the project's `enhance` flag: the build targets modern WeChat itself.
    const setting = { useProjectConfig: true, es7: Boolean(projectSetting.enhance), minifyWXML: true }
    t0 = Date.now()
    try {
      const compiled = await ci.getCompiledResult({ project, setting })
      const files = {}
      for (const [file, content] of Object.entries(compiled)) files[file] = Buffer.byteLength(content)
      result.compile = { ms: Date.now() - t0, setting, files }
      ctx.compiledSizes = files
      const total = Object.values(files).reduce((a, b) => a + b, 0)
      pass(
        `getCompiledResult ${JSON.stringify(setting)}: ${Object.keys(files).length} files, ${fmt(total)} bytes (${Date.now() - t0} ms)`,
      )
    } catch (err) {
      failWith(`getCompiledResult: ${readableCompileError(errorText(err))}`)
    }

    // checkCodeQuality: the "代码质量" panel of WeChat DevTools.
    t0 = Date.now()
    try {
      const items = await ci.checkCodeQuality(project)
      for (const item of items) {
        const policy = QUALITY_POLICY[item.name] || 'warn'
        const entry = {
          name: item.name,
          success: !!item.success,
          policy,
          text: item.text,
          detail: item.detail,
        }
        result.quality.push(entry)
        if (item.success) continue
        const detail =
          item.detail && JSON.stringify(item.detail) !== '[]' ? ` ${JSON.stringify(item.detail)}` : ''
        const line = `checkCodeQuality ${item.name}: ${item.text}${detail}`
        if (policy === 'fail') failWith(line)
        else {
          result.warnings.push(line)
          warn(clip(line, 1))
        }
      }
      const passed = items.filter((i) => i.success).map((i) => i.name)
      pass(`checkCodeQuality: ${passed.length}/${items.length} items pass (${Date.now() - t0} ms)`)
      if (ctx.opts.verbose) note(passed.join(', '))
    } catch (err) {
      failWith(`checkCodeQuality threw: ${errorText(err)}`)
    }
  })
  result.log = ciLog.slice(-200)
  return result
}

// ---------------------------------------------------------------- 2. wcc / wcsc

function stepWcc(ctx) {
  heading('2. miniprogram-compiler (wcc over WXML/WXS, wcsc over WXSS)')
  const result = { ok: true, errors: [] }
  const failWith = (message) => {
    result.ok = false
    result.errors.push(message)
    fail(clip(message).replace(/\n/g, '\n    '))
  }
  const { wxmlToJs } = require('miniprogram-compiler')
  const files = listFiles(ctx.dist)
  const wxml = files.filter((f) => f.endsWith('.wxml'))
  const wxs = files.filter((f) => f.endsWith('.wxs'))
  const wxss = files.filter((f) => f.endsWith('.wxss'))

  let t0 = Date.now()
  try {
    // wcc's output can be several MB; the package's default maxBuffer (1 MB) would cut it off.
    const code = wxmlToJs(ctx.dist, { maxBuffer: 256 * 1024 * 1024 })
    // The generated code expects a browser-ish `window`; a plain object is enough to evaluate it.
    const $gwx = new Function('window', code)({})
    const missing = allPages(ctx.appJson).filter((p) => typeof $gwx(`${p}.wxml`) !== 'function')
    if (missing.length) failWith(`wcc: no compiled template for ${missing.join(', ')}`)
    else
      pass(
        `wcc: ${wxml.length} WXML + ${wxs.length} WXS files compile; every page has a template (${Date.now() - t0} ms)`,
      )
  } catch (err) {
    failWith(`wcc: ${errorText(err)}`)
  }

  // wxssToJs() turns wcsc's error into an unrelated TypeError, so call its wcsc wrapper directly.
  t0 = Date.now()
  try {
    const wcsc = require('miniprogram-compiler/src/wcsc.js')
    const out = wcsc(
      ctx.dist,
      wxss.map((f) => f.slice(0, -'.wxss'.length)),
      { maxBuffer: 256 * 1024 * 1024 },
    )
    if (out instanceof Error) failWith(`wcsc: ${out.message.replace(/\n+error file count: \d+\s*$/, '')}`)
    else pass(`wcsc: ${wxss.length} WXSS files compile (${Date.now() - t0} ms)`)
  } catch (err) {
    failWith(`wcsc: ${errorText(err)}`)
  }
  return result
}

// ---------------------------------------------------------------- 3. budgets

function stepBudget(ctx) {
  heading('3. Budgets (compiled bytes per package root)')
  const result = { ok: true, errors: [], source: null, packages: [] }
  const subs = packagesOf(ctx.appJson)
  const distSizes = {}
  for (const f of listFiles(ctx.dist)) distSizes[f] = fs.statSync(path.join(ctx.dist, f)).size

  // Budgets apply to what an upload would contain. Without a compiled result (step 1 failed, and
  // already fails the run) the dist files are shown for information only.
  let sizes = ctx.compiledSizes
  const enforced = !!sizes
  result.source = 'getCompiledResult (upload settings)'
  if (!sizes) {
    sizes = distSizes
    result.source = 'dist files (getCompiledResult failed: budgets not enforced)'
  }
  const rootOf = (file) => subs.find((s) => file.startsWith(`${s.root}/`))?.root ?? null
  const packages = [
    { name: 'main', root: null, budget: BUDGETS.main },
    ...subs.map((s) => ({ name: s.root, root: s.root, budget: BUDGETS.subpackage })),
  ].map((p) => {
    const files = Object.entries(sizes)
      .filter(([f]) => rootOf(f) === p.root)
      .sort((a, b) => b[1] - a[1])
    const bytes = files.reduce((a, [, n]) => a + n, 0)
    const distBytes = Object.entries(distSizes)
      .filter(([f]) => rootOf(f) === p.root)
      .reduce((a, [, n]) => a + n, 0)
    return {
      ...p,
      bytes,
      distBytes,
      ok: !enforced || bytes <= p.budget,
      files: files.length,
      topFiles: files.slice(0, 12).map(([file, n]) => ({ file, bytes: n })),
    }
  })
  result.packages = packages

  const rows = [['package', 'compiled', 'budget', 'used', 'dist files', 'files']]
  for (const p of packages) {
    rows.push([
      p.name,
      fmt(p.bytes),
      fmt(p.budget),
      `${((p.bytes / p.budget) * 100).toFixed(0)}%`,
      fmt(p.distBytes),
      String(p.files),
    ])
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)))
  rows.forEach((r, i) => {
    const cells = r.map((c, j) => (j === 0 ? c.padEnd(widths[j]) : c.padStart(widths[j])))
    const mark = i === 0 ? ' ' : !enforced ? '·' : packages[i - 1].ok ? '✔' : '✘'
    write(`  ${mark} ${cells.join('  ')}`)
  })
  if (enforced) note(`measured on: ${result.source}`)
  else warn(`measured on: ${result.source}`)
  for (const p of packages) {
    const top = p.topFiles
      .slice(0, 5)
      .map((f) => `${f.file} ${kb(f.bytes)}`)
      .join(', ')
    note(`${p.name} largest: ${top}`)
    if (!p.ok) {
      result.ok = false
      result.errors.push(`budget: ${p.name} is ${fmt(p.bytes)} bytes, over its ${fmt(p.budget)} budget`)
      fail(`${p.name} is ${fmt(p.bytes - p.budget)} bytes over its budget of ${fmt(p.budget)}`)
    }
  }
  return result
}

// ---------------------------------------------------------------- 4. render every page

/** Page expectations: `'route': ['text', …]` or `'route': { expect, query, storage, tap, modal }`. */
function normaliseExpectation(route, entry) {
  if (Array.isArray(entry)) return { expect: entry }
  if (entry && typeof entry === 'object' && Array.isArray(entry.expect)) return entry
  throw new Error(`${route}: expected an array of strings or { expect: [...] }`)
}

function installDom() {
  const { JSDOM } = require('jsdom')
  const dom = new JSDOM('<!doctype html><html><head></head><body></body></html>', { pretendToBeVisual: true })
  const w = dom.window
  // miniprogram-simulate and j-component expect a jest-jsdom style global environment. The page code
  // sees these globals too (WeChat itself has no window/document).
  const names = [
    'document',
    'navigator',
    'Element',
    'HTMLElement',
    'Node',
    'Text',
    'Event',
    'CustomEvent',
    'TouchEvent',
    'MouseEvent',
    'KeyboardEvent',
    'requestAnimationFrame',
    'cancelAnimationFrame',
    'getComputedStyle',
    'Image',
    'MutationObserver',
  ]
  Object.defineProperty(globalThis, 'window', { value: w, configurable: true, writable: true })
  for (const name of names) {
    if (w[name] === undefined) continue
    Object.defineProperty(globalThis, name, { value: w[name], configurable: true, writable: true })
  }
  return dom
}

/** In-memory storage with WeChat's limits: 1 MB per key, 10 MB in all. */
function createStorage(initial = {}) {
  const map = new Map()
  const size = (key, value) => Buffer.byteLength(key) + Buffer.byteLength(JSON.stringify(value) ?? '')
  const total = () => [...map].reduce((a, [k, v]) => a + size(k, v), 0)
  const clone = (v) => (v !== null && typeof v === 'object' ? JSON.parse(JSON.stringify(v)) : v)
  const api = {
    get: (key) => (map.has(key) ? clone(map.get(key)) : ''),
    set(key, value) {
      if (typeof key !== 'string' || key === '') throw new Error('setStorageSync:fail parameter error: key')
      const bytes = size(key, value)
      if (bytes > 1024 * 1024) throw new Error(`setStorageSync:fail entry size limit reached (${key})`)
      const rest = total() - (map.has(key) ? size(key, map.get(key)) : 0)
      if (rest + bytes > 10 * 1024 * 1024) throw new Error('setStorageSync:fail exceed storage max size 10MB')
      map.set(key, clone(value))
    },
    remove: (key) => map.delete(key),
    clear: () => map.clear(),
    info: () => ({ keys: [...map.keys()], currentSize: Math.ceil(total() / 1024), limitSize: 10240 }),
  }
  for (const [k, v] of Object.entries(initial)) api.set(k, v)
  return api
}

/** The wx object a page sees: miniprogram-simulate's mocks plus real storage and recorders. */
function createWx(baseWx, state) {
  const calls = state.calls
  const later = (fn) => state.realSetTimeout(fn, 0)
  // An async wx API: success/fail/complete callbacks, or a promise when none is given.
  const asyncApi =
    (name, respond) =>
    (options = {}) => {
      calls.push({ api: name, options })
      let res
      try {
        res = { errMsg: `${name}:ok`, ...(respond ? respond(options) : {}) }
      } catch (err) {
        res = { errMsg: `${name}:fail ${err.message}` }
      }
      const ok = res.errMsg.endsWith(':ok')
      const { success, fail: onFail, complete } = options
      if (success || onFail || complete) {
        later(() => {
          if (ok) success?.(res)
          else onFail?.(res)
          complete?.(res)
        })
        return undefined
      }
      return new Promise((resolve, reject) => later(() => (ok ? resolve(res) : reject(res))))
    }
  const record =
    (name, ret) =>
    (...args) => {
      calls.push({ api: name, options: args[0] })
      return ret
    }
  const storage = state.storage
  const launch = {
    path: state.route,
    query: state.query,
    scene: 1001,
    referrerInfo: {},
    apiCategory: 'default',
  }
  return {
    ...baseWx,
    getStorageSync: (key) => storage.get(key),
    setStorageSync: (key, value) => storage.set(key, value),
    removeStorageSync: (key) => void storage.remove(key),
    clearStorageSync: () => storage.clear(),
    getStorageInfoSync: () => storage.info(),
    getStorage: asyncApi('getStorage', (o) => ({ data: storage.get(o.key) })),
    setStorage: asyncApi('setStorage', (o) => void storage.set(o.key, o.data)),
    removeStorage: asyncApi('removeStorage', (o) => void storage.remove(o.key)),
    clearStorage: asyncApi('clearStorage', () => void storage.clear()),
    getStorageInfo: asyncApi('getStorageInfo', () => storage.info()),
    getLaunchOptionsSync: () => launch,
    getEnterOptionsSync: () => launch,
    showToast: asyncApi('showToast'),
    hideToast: asyncApi('hideToast'),
    showLoading: asyncApi('showLoading'),
    hideLoading: asyncApi('hideLoading'),
    showModal: asyncApi('showModal', () =>
      state.modal === 'cancel'
        ? { confirm: false, cancel: true }
        : { confirm: true, cancel: false, content: '' },
    ),
    showActionSheet: asyncApi('showActionSheet', () => ({ tapIndex: 0 })),
    navigateTo: asyncApi('navigateTo'),
    redirectTo: asyncApi('redirectTo'),
    switchTab: asyncApi('switchTab'),
    reLaunch: asyncApi('reLaunch'),
    navigateBack: asyncApi('navigateBack'),
    setNavigationBarTitle: asyncApi('setNavigationBarTitle'),
    setClipboardData: asyncApi('setClipboardData'),
    makePhoneCall: asyncApi('makePhoneCall'),
    vibrateShort: asyncApi('vibrateShort'),
    scanCode: asyncApi('scanCode', () => {
      throw new Error('cancel')
    }),
    chooseMedia: asyncApi('chooseMedia', () => {
      throw new Error('cancel')
    }),
    chooseImage: asyncApi('chooseImage', () => {
      throw new Error('cancel')
    }),
    getLocation: asyncApi('getLocation', () => ({ latitude: 35.4, longitude: 116.59, accuracy: 30 })),
    login: asyncApi('login', () => ({ code: 'offline-check-code' })),
    getPrivacySetting: asyncApi('getPrivacySetting', () => ({
      needAuthorization: false,
      privacyContractName: '《隐私保护指引》',
    })),
    requirePrivacyAuthorize: asyncApi('requirePrivacyAuthorize'),
    openPrivacyContract: asyncApi('openPrivacyContract'),
    onNeedPrivacyAuthorization: record('onNeedPrivacyAuthorization'),
    offNeedPrivacyAuthorization: record('offNeedPrivacyAuthorization'),
  }
}

/** One recorded wx call as a line: `wx.showToast 已保存`, `wx.navigateTo /packages/x/index`. */
function describeCall(call) {
  const o = call.options && typeof call.options === 'object' ? call.options : {}
  const detail = o.url ?? o.title ?? o.phoneNumber ?? o.data ?? o.content ?? ''
  return `wx.${call.api}${detail !== '' ? ` ${typeof detail === 'string' ? detail : JSON.stringify(detail)}` : ''}`
}

async function stepRender(ctx) {
  heading('4. miniprogram-simulate (render every page)')
  const result = { ok: true, errors: [], pages: [] }
  const failWith = (message) => {
    result.ok = false
    result.errors.push(message)
  }
  const routes = allPages(ctx.appJson)

  // The expectation table.
  let table = {}
  let startAt = null
  try {
    const mod = await import(pathToFileURL(ctx.opts.pages).href)
    table = mod.default || {}
    startAt = typeof mod.now === 'number' ? mod.now : null
  } catch (err) {
    failWith(`cannot load ${shown(ctx.opts.pages)}: ${errorText(err)}`)
    fail(result.errors.at(-1))
    return result
  }
  for (const route of Object.keys(table)) {
    if (!routes.includes(route)) {
      failWith(`${path.basename(ctx.opts.pages)} lists ${route}, which app.json does not have`)
      fail(result.errors.at(-1))
    }
  }

  installDom()
  // The pages' clock: Date starts at the table's instant and runs on from there (timers stay real).
  const clock =
    startAt === null
      ? null
      : FakeTimers.withGlobal(globalThis).install({ now: startAt, toFake: ['Date'], shouldAdvanceTime: true })
  if (clock) note(`clock: pages run from ${new Date(startAt).toISOString()}`)
  const realSetTimeout = globalThis.setTimeout
  const realClearTimeout = globalThis.clearTimeout
  const sleep = (ms) => new Promise((resolve) => realSetTimeout(resolve, ms))
  const simulate = require('miniprogram-simulate')
  const exparser = createRequire(require.resolve('j-component'))('miniprogram-exparser')
  const baseWx = { ...globalThis.wx }

  // Page state the globals below report into; replaced for every page.
  let state = null
  // Taro hands App.onError `message + stack` as one string; React reports a caught render error
  // twice and logs it as well: keep one line per distinct message, with two stack frames.
  const addPageError = (target, kind, err) => {
    let text = errorText(err, 2, ctx.dist)
    if (typeof err === 'string') {
      const lines = err.split('\n')
      text = [
        lines[0].replace(/(Error: .*)$/, '').trim() || lines[0],
        ...lines.filter((l) => /^\s+at /.test(l) && l.includes(ctx.dist)).slice(0, 2),
      ].join('\n')
    }
    const key = text.split('\n')[0].replace(/^\w*Error: /, '')
    if (target.seen.has(key)) return
    target.seen.add(key)
    target.errors.push(`${kind}: ${text}`)
  }
  const pageError = (kind, err) => {
    const target = state ?? ctx.lastPageState
    if (target) addPageError(target, kind, err)
    else failWith(`${kind}: ${errorText(err, 2, ctx.dist)}`)
  }
  // exparser (WeChat's component framework) catches what lifetimes and event handlers throw;
  // WeChat reports those to App.onError, so they fail the page.
  exparser.addGlobalErrorListener((err, info) =>
    pageError(
      `${info?.type || 'component'} threw${info?.method?.name ? ` in ${info.method.name}` : ''}`,
      err,
    ),
  )
  process.on('unhandledRejection', (reason) => pageError('unhandled promise rejection', reason))
  process.on('uncaughtException', (err) => pageError('uncaught exception', err))

  // Page timers are tracked so that "settled" can mean "nothing left to wait for".
  const pending = new Set()
  globalThis.setTimeout = function setTimeout(fn, ms, ...args) {
    const handle = realSetTimeout(() => {
      pending.delete(handle)
      if (typeof fn === 'function') fn(...args)
    }, ms)
    if ((Number(ms) || 0) <= RENDER.pendingTimerMaxMs) pending.add(handle)
    return handle
  }
  globalThis.clearTimeout = function clearTimeout(handle) {
    pending.delete(handle)
    realClearTimeout(handle)
  }

  // What Taro's weapp runtime expects from the mini-program host.
  globalThis.App = (options) => {
    const original = options.onError
    options.onError = function onError(err) {
      pageError('App.onError (an error boundary caught a render error)', err)
      return original?.call(this, err)
    }
    state.app = options
  }
  globalThis.getApp = () => state?.app
  globalThis.getCurrentPages = () => (state?.page ? [state.page] : [])
  // Taro calls Page(config); the simulator only knows Component(). A page is a component whose
  // lifetimes drive the page lifecycle, with the page's functions (onLoad, eh, …) as methods.
  globalThis.Page = (options) => {
    const methods = {}
    for (const [key, value] of Object.entries(options)) if (typeof value === 'function') methods[key] = value
    const route = state.route
    const query = state.query
    globalThis.Component({
      data: options.data || {},
      methods,
      lifetimes: {
        attached() {
          state.page = this
          this.route = route
          this.__route__ = route
          this.options = query
          this.onLoad?.({ ...query })
          this.onShow?.()
        },
        ready() {
          this.onReady?.()
        },
        detached() {
          this.onHide?.()
          this.onUnload?.()
        },
      },
    })
  }

  // Readable text of a rendered page: one line per text node, plus input placeholders/values.
  const renderedText = (comp) => {
    const lines = []
    const walk = (node) => {
      if (node.nodeType === 3) {
        const t = node.textContent.trim()
        if (t) lines.push(t)
        return
      }
      for (const child of node.childNodes) walk(child)
    }
    walk(comp.dom)
    const extras = []
    const visit = (n) => {
      if (n instanceof exparser.Element) {
        for (const attr of n._vt?.attrs || []) {
          if (
            (attr.name === 'placeholder' || attr.name === 'value') &&
            typeof attr.value === 'string' &&
            attr.value
          )
            extras.push(`[${attr.name}] ${attr.value}`)
        }
        if (n instanceof exparser.Component && n.shadowRoot instanceof exparser.Element) visit(n.shadowRoot)
      }
      for (const child of n.childNodes || []) visit(child)
    }
    visit(comp._exparserNode)
    const all = [...lines, ...extras]
    // `flat` is what expectations are matched against: the text as one string (a sentence split over
    // several nodes still matches) and the nodes joined by spaces ('可用信用积分 120').
    return { lines: all, flat: `${comp.dom.textContent}\n${all.join(' ')}` }
  }

  const settle = async (comp, timeoutMs) => {
    const start = Date.now()
    let last = renderedText(comp).flat
    let changedAt = start
    for (;;) {
      await sleep(25)
      const now = Date.now()
      const text = renderedText(comp).flat
      if (text !== last) {
        last = text
        changedAt = now
      }
      const quiet = now - changedAt
      if ((quiet >= RENDER.quietMs && pending.size === 0) || quiet >= RENDER.idleMs)
        return { settled: true, ms: now - start }
      if (now - start >= timeoutMs) return { settled: false, ms: now - start }
    }
  }

  const tappables = (comp) => {
    const found = []
    const walk = (n) => {
      if (n instanceof exparser.Element) {
        const events = n._vt?.event || {}
        if (events.tap) found.push(n)
        if (n instanceof exparser.Component && n.shadowRoot instanceof exparser.Element) walk(n.shadowRoot)
      }
      for (const child of n.childNodes || []) walk(child)
    }
    walk(comp._exparserNode)
    return found
  }
  // j-component only exposes dispatchEvent on its wrappers; borrow its prototype for any node.
  const tapNode = (comp, node) => {
    const wrapper = Object.create(Object.getPrototypeOf(Object.getPrototypeOf(comp)))
    wrapper._exparserNode = node
    wrapper.dispatchEvent('tap', { detail: { x: 0, y: 0 } })
  }
  const nodeText = (node) => {
    const parts = []
    const walk = (n) => {
      if (n.nodeType === 3) parts.push(n.textContent.trim())
      else for (const child of n.childNodes || []) walk(child)
    }
    if (node.$$) walk(node.$$)
    return parts.filter(Boolean).join(' ')
  }

  for (const route of routes) {
    const t0 = Date.now()
    const entry = table[route]
    const page = { route, ok: true, errors: [], expected: [], text: [], calls: [], ms: 0 }
    result.pages.push(page)
    if (!entry) {
      page.ok = false
      page.errors.push(`not in ${path.basename(ctx.opts.pages)}: add the strings this page must show`)
      fail(`${route}: ${page.errors[0]}`)
      continue
    }
    let spec
    try {
      spec = normaliseExpectation(route, entry)
      if (!spec.expect.length) throw new Error(`${route}: list at least one string the page must show`)
    } catch (err) {
      page.ok = false
      page.errors.push(err.message)
      fail(err.message)
      continue
    }
    page.expected = spec.expect

    // A fresh app for every page: cold start on this page, empty storage (or the table's).
    for (const key of Object.keys(require.cache))
      if (key.startsWith(ctx.dist + path.sep)) delete require.cache[key]
    state = {
      route,
      query: spec.query || {},
      modal: spec.modal || 'confirm',
      calls: page.calls,
      errors: page.errors,
      seen: new Set(),
      realSetTimeout,
      app: null,
      page: null,
      logs: [],
    }
    pending.clear()
    const consoleLines = state.logs
    const sink = (level, args) => {
      const line = args.map((a) => (a instanceof Error ? a.stack || a.message : String(a))).join(' ')
      consoleLines.push(`console.${level}: ${line}`)
      // wcc's template runtime reports a missing template (a node WeChat would not draw) this way.
      if (/WXMLRT_|Template `[^`]*` not found/.test(line)) addPageError(state, 'WXML runtime', line)
      // j-component catches what an event handler throws and logs it; WeChat would report it to App.onError.
      else if (level === 'error' && args.some((a) => a instanceof Error))
        addPageError(
          state,
          'error logged',
          args.find((a) => a instanceof Error),
        )
      if (ctx.opts.verbose) realConsole[level](`    [${route}]`, ...args)
    }

    let comp = null
    await withConsole(sink, async () => {
      try {
        state.storage = createStorage(spec.storage || {})
        globalThis.wx = createWx(baseWx, state)
        require(path.join(ctx.dist, 'app.js'))
        if (!state.app) throw new Error('app.js did not call App()')
        const launch = { path: route, query: state.query, scene: 1001, referrerInfo: {} }
        state.app.onLaunch?.(launch)
        state.app.onShow?.(launch)
        const id = simulate.load(path.join(ctx.dist, route), {
          rootPath: ctx.dist,
          compilerOptions: { maxBuffer: 256 * 1024 * 1024 },
        })
        comp = simulate.render(id)
        comp.attach(globalThis.document.createElement('parent-wrapper'))
      } catch (err) {
        page.errors.push(`render threw: ${errorText(err, 2, ctx.dist)}`)
        return
      }
      const settled = await settle(comp, RENDER.timeoutMs)
      page.settled = settled.settled
      if (!settled.settled) page.notes = [`text still changing after ${RENDER.timeoutMs} ms`]
      const text = renderedText(comp)
      page.text = text.lines
      page.missing = spec.expect.filter((s) => !text.flat.includes(s))
      for (const s of page.missing) page.errors.push(`expected text not rendered: "${s}"`)

      // Tap: the table's target, or else the first node with a tap binding.
      const nodes = tappables(comp)
      page.tappable = nodes.length
      if (spec.tap || nodes.length) {
        const wanted = spec.tap?.text
        // The innermost match: an outer node with a tap binding contains the same text.
        const matches = wanted ? nodes.filter((n) => nodeText(n).includes(wanted)) : nodes.slice(0, 1)
        const target = matches.sort((a, b) => nodeText(a).length - nodeText(b).length)[0]
        if (!target) {
          page.errors.push(`tap: no tappable node shows "${wanted}" (tappable: ${nodes.length})`)
        } else {
          const before = text.flat
          const label = clip(nodeText(target), 1, 40) || '(no text)'
          const callsBefore = page.calls.length
          try {
            tapNode(comp, target)
          } catch (err) {
            page.errors.push(`tap threw: ${errorText(err, 2, ctx.dist)}`)
          }
          await settle(comp, RENDER.tapTimeoutMs)
          const after = renderedText(comp)
          const newCalls = page.calls.slice(callsBefore).map(describeCall)
          const reacted = after.flat !== before || newCalls.length > 0
          page.tap = { target: label, reacted, calls: newCalls }
          const afterAll = `${after.flat}\n${newCalls.join('\n')}`
          for (const s of spec.tap?.expect || []) {
            if (!afterAll.includes(s)) page.errors.push(`after tapping "${page.tap.target}": expected "${s}"`)
          }
          if (spec.tap?.expect?.length && !spec.tap.expect.every((s) => afterAll.includes(s)))
            page.textAfterTap = after.lines
        }
      }
    })

    // Unmount (runs effect clean-ups, stops intervals); late errors still land on this page.
    try {
      comp?.detach()
    } catch (err) {
      page.errors.push(`unload threw: ${errorText(err, 2, ctx.dist)}`)
    }
    await sleep(0)
    ctx.lastPageState = state
    state = null
    page.logs = consoleLines.slice(0, 50)
    page.ms = Date.now() - t0
    page.ok = page.errors.length === 0

    const callSummary = page.calls.length
      ? `, wx: ${[...new Set(page.calls.map((c) => c.api))].join(' ')}`
      : ''
    const tapSummary = page.tap
      ? `, tap "${page.tap.target}" → ${page.tap.reacted ? page.tap.calls.join('; ') || 'text changed' : 'no visible reaction'}`
      : ''
    if (page.ok) {
      pass(`${route} (${page.ms} ms, ${spec.expect.length} strings${tapSummary}${callSummary})`)
      if (ctx.opts.verbose) note(`text: ${page.text.join(' | ')}`)
    } else {
      fail(`${route} (${page.ms} ms)`)
      for (const e of page.errors) note(clip(e, 8).replace(/\n/g, '\n      '))
      note(`rendered text: ${page.text.length ? page.text.join(' | ') : '(nothing)'}`)
      if (page.textAfterTap) note(`text after tap: ${page.textAfterTap.join(' | ')}`)
      if (page.calls.length) note(`wx calls: ${page.calls.map(describeCall).join('; ')}`)
      const logged = consoleLines.filter((l) => !/WXMLRT_|^console\.error: \w*Error: /.test(l))
      for (const l of logged.slice(0, 5)) note(clip(l, 1, 160))
      if (logged.length > 5) note(`… ${logged.length - 5} more console lines in the report`)
    }
    if (page.notes) for (const n of page.notes) note(n)
  }

  // Errors that arrived after a page was reported (a timer firing late) still fail it.
  await sleep(50)
  for (const page of result.pages) {
    if (page.ok && page.errors.length) {
      page.ok = false
      fail(`${page.route}: late error after the page was unloaded`)
      for (const e of page.errors) note(clip(e, 8).replace(/\n/g, '\n      '))
    }
  }
  globalThis.setTimeout = realSetTimeout
  globalThis.clearTimeout = realClearTimeout
  clock?.uninstall()
  for (const page of result.pages) if (!page.ok) failWith(`page ${page.route}: ${page.errors.join('; ')}`)
  result.rendered = result.pages.filter((p) => p.ok).length
  result.failed = result.pages.length - result.rendered
  return result
}

// ---------------------------------------------------------------- main

async function main() {
  const started = Date.now()
  const opts = parseArgs(process.argv.slice(2))
  verboseMode = opts.verbose
  const watchdog = setTimeout(() => {
    write(`\nweapp check: still running after ${WATCHDOG_MS / 1000} s — giving up`)
    process.exit(2)
  }, WATCHDOG_MS)
  watchdog.unref()

  const appJsonPath = path.join(opts.dist, 'app.json')
  if (!fs.existsSync(appJsonPath)) {
    write(`weapp check: ${shown(appJsonPath)} not found — run \`npm run build:weapp\` first`)
    process.exit(1)
  }
  const ctx = {
    opts,
    dist: opts.dist,
    appJson: readJson(appJsonPath),
    compiledSizes: null,
    lastPageState: null,
  }
  const routes = allPages(ctx.appJson)
  write(
    `weapp check: ${shown(opts.dist)} — ${routes.length} pages, ${packagesOf(ctx.appJson).length} subpackages`,
  )

  const want = (step) => !opts.only || opts.only.has(step)
  const steps = {}
  if (want('ci') || want('budget')) steps.ci = await stepCi(ctx)
  if (want('wcc')) steps.wcc = stepWcc(ctx)
  if (want('budget')) steps.budget = stepBudget(ctx)
  if (want('render')) steps.render = await stepRender(ctx)

  const failures = Object.entries(steps).flatMap(([name, s]) => s.errors.map((e) => `${name}: ${e}`))
  const ok = failures.length === 0
  const report = {
    ok,
    generatedAt: new Date().toISOString(),
    dist: shown(opts.dist),
    durationMs: Date.now() - started,
    budgets: BUDGETS,
    packages: steps.budget?.packages.map(
      ({ name, root, bytes, distBytes, budget, ok: okPkg, files, topFiles }) => ({
        name,
        root,
        bytes,
        distBytes,
        budget,
        ok: okPkg,
        files,
        topFiles,
      }),
    ),
    checks: {
      ci: steps.ci && {
        ok: steps.ci.ok,
        errors: steps.ci.errors,
        warnings: steps.ci.warnings,
        analyse: steps.ci.analyse,
        compile: steps.ci.compile && { ms: steps.ci.compile.ms, setting: steps.ci.compile.setting },
        quality: steps.ci.quality,
      },
      wcc: steps.wcc,
      budget: steps.budget && {
        ok: steps.budget.ok,
        errors: steps.budget.errors,
        source: steps.budget.source,
      },
      render: steps.render && {
        ok: steps.render.ok,
        errors: steps.render.errors,
        pages: steps.render.pages.map(({ logs, ...p }) => ({ ...p, logs: p.ok ? undefined : logs })),
      },
    },
    failures,
  }
  fs.mkdirSync(path.dirname(opts.report), { recursive: true })
  fs.writeFileSync(opts.report, `${JSON.stringify(report, null, 2)}\n`)

  heading('Summary')
  for (const [name, s] of Object.entries(steps))
    (s.ok ? pass : fail)(`${name}${s.ok ? '' : `: ${s.errors.length} error(s)`}`)
  note(`report: ${shown(opts.report)}, ${((Date.now() - started) / 1000).toFixed(1)} s`)
  const render = steps.render
  const pagesLine = render ? `${render.rendered} pages rendered, ${render.failed} failed` : 'render skipped'
  write(`\nweapp check: ${pagesLine}${ok ? '' : ` — FAILED (${failures.length} error(s))`}`)
  process.exit(ok ? 0 : 1)
}

// miniprogram-ci makes an empty hash-named work folder in the current directory on every run.
const hashDir = /^[0-9a-f]{32}$/
const before = new Set(fs.readdirSync(process.cwd()).filter((n) => hashDir.test(n)))
process.on('exit', () => {
  for (const name of fs.readdirSync(process.cwd())) {
    if (!hashDir.test(name) || before.has(name)) continue
    try {
      fs.rmdirSync(name)
    } catch {
      // not empty: not ours to remove
    }
  }
})

main().catch((err) => {
  write(`weapp check crashed: ${err && err.stack ? err.stack : err}`)
  process.exit(1)
})
