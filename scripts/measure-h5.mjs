// Measures what the H5 build makes a phone download before the first screen (首页) is shown:
// every JS and CSS response Chromium receives for a fresh visit. Run after `npm run build:h5`.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { chromium } from 'playwright-core'
import { serve } from './serve.mjs'

const dist = path.resolve('dist/h5')
if (!fs.existsSync(path.join(dist, 'index.html')))
  throw new Error('dist/h5 is missing: run `npm run build:h5` first')
const server = await serve(dist, 0)
const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'measure-h5-'))
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  viewport: { width: 375, height: 812 },
})
try {
  const page = context.pages()[0] ?? (await context.newPage())
  const sizes = []
  page.on('response', async (res) => {
    const url = res.url()
    if (!/\.(js|css)(\?|$)/.test(url)) return
    const body = await res.body().catch(() => Buffer.alloc(0))
    sizes.push({ file: new URL(url).pathname, bytes: body.length })
  })
  const t0 = Date.now()
  await page.goto(server.url, { waitUntil: 'load' })
  await page.locator('.news-card').first().waitFor({ state: 'visible', timeout: 20_000 })
  const shownMs = Date.now() - t0
  await page.waitForTimeout(300)
  const js = sizes.filter((s) => s.file.endsWith('.js'))
  const css = sizes.filter((s) => s.file.endsWith('.css'))
  const sum = (list) => list.reduce((n, s) => n + s.bytes, 0)
  for (const s of sizes.sort((a, b) => b.bytes - a.bytes))
    console.log(`${String(s.bytes).padStart(9)}  ${s.file}`)
  console.log(
    `H5 first screen: JS ${sum(js).toLocaleString('en')} bytes in ${js.length} files, CSS ${sum(css).toLocaleString('en')} bytes; 首页 news shown after ${shownMs} ms (local, unthrottled)`,
  )
} finally {
  await context.close()
  await server.close()
  fs.rmSync(profile, { recursive: true, force: true })
}
