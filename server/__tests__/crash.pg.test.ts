/**
 * A crash mid-burst: the server as `npm run server` runs it (node on the esbuild bundle, DEMO_MODE=1)
 * in a child process on a database of its own; a burst of redeem / confirm / cancel calls; SIGKILL
 * while calls are in flight; a second start on the same database. The ledger must be whole: account
 * totals sum to zero (posted and pending), every confirmed order has its post transfer, every open
 * hold its pending order, every pending order its open hold.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { join } from 'node:path'
import { Pool } from 'pg'

import { openPgDatabase } from '../src/store'
import { SECRET } from './helpers'
import { demoClient, ledgerReport, outcome, tally, type Client } from './support/http-pg'
import { testDatabaseUrl } from './support/pg-url'

jest.setTimeout(180_000)

const ROOT = join(__dirname, '..', '..')
/** Not node_modules/.cache/server.cjs: that path may be a hard link shared with another checkout. */
const BUNDLE = join(ROOT, 'node_modules', '.cache', 'server-crash-test.cjs')
const DB_NAME = `linli_crash_${process.pid}`
const databaseUrl = testDatabaseUrl().replace(/\/[^/?]+(\?.*)?$/, `/${DB_NAME}$1`)
const admin = () => new Pool({ connectionString: testDatabaseUrl(), max: 1 })

const children: ChildProcess[] = []

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number }
      probe.close(() => resolve(port))
    })
  })
}

/** Starts the bundle; resolves once /healthz answers 200. */
async function startServer(port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, [BUNDLE], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: databaseUrl,
      DEMO_MODE: '1',
      SESSION_SECRET: SECRET,
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  children.push(child)
  let stderr = ''
  child.stderr!.on('data', (chunk) => void (stderr += String(chunk)))
  const deadline = Date.now() + 60_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited ${child.exitCode}: ${stderr}`)
    const ok = await fetch(`http://127.0.0.1:${port}/healthz`).then(
      (r) => r.status === 200,
      () => false,
    )
    if (ok) return child
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error(`server did not become healthy: ${stderr}`)
}

const exited = (child: ChildProcess) =>
  new Promise<void>((resolve) =>
    child.exitCode !== null || child.signalCode ? resolve() : child.once('exit', () => resolve()),
  )

beforeAll(async () => {
  rmSync(BUNDLE, { force: true })
  execFileSync(
    join(ROOT, 'node_modules', '.bin', 'esbuild'),
    [
      'server/src/main.ts',
      '--bundle',
      '--platform=node',
      '--target=node18',
      '--packages=external',
      `--outfile=${BUNDLE}`,
      '--log-level=warning',
    ],
    { cwd: ROOT, stdio: 'inherit' },
  )
  const pool = admin()
  await pool.query(`DROP DATABASE IF EXISTS ${DB_NAME}`)
  await pool.query(`CREATE DATABASE ${DB_NAME}`)
  await pool.end()
})

afterAll(async () => {
  for (const child of children) if (child.exitCode === null && !child.signalCode) child.kill('SIGKILL')
  await Promise.all(children.map(exited))
  const pool = admin()
  await pool.query(`DROP DATABASE IF EXISTS ${DB_NAME} WITH (FORCE)`)
  await pool.end()
  rmSync(BUNDLE, { force: true })
})

/**
 * One resident's loop: redeem a packet of tissues (20 points, a fresh requestId), then either the
 * clerk confirms it by code (one in six) or the resident cancels it — until `stop()`. Answers are
 * tallied; a request cut by the crash counts as `NETWORK`.
 */
async function worker(
  client: Client,
  resident: string,
  clerk: string,
  n: number,
  stopped: () => boolean,
  seen: string[],
): Promise<void> {
  let i = 0
  while (!stopped()) {
    i += 1
    const requestId = `crash-${n}-${i}-${randomBytes(4).toString('hex')}`
    const redeemed = await client
      .call(resident, 'shop', 'redeem', { goodsId: 'goods-01', quantity: 1, requestId })
      .catch(() => null)
    if (!redeemed) return void seen.push('redeem NETWORK')
    seen.push(`redeem ${outcome(redeemed)}`)
    if (!redeemed.result?.ok) continue
    const order = redeemed.result.data as { id: string; code: string }
    const confirms = (n + i) % 6 === 0
    const next = confirms
      ? client.call(clerk, 'shop', 'confirm', { code: order.code })
      : client.call(resident, 'shop', 'cancelOrder', { orderId: order.id })
    const answer = await next.catch(() => null)
    if (!answer) return void seen.push(`${confirms ? 'confirm' : 'cancel'} NETWORK`)
    seen.push(`${confirms ? 'confirm' : 'cancel'} ${outcome(answer)}`)
  }
}

test('should keep the ledger whole when the server is SIGKILLed mid-burst of redeems, confirms and cancels', async () => {
  const port = await freePort()
  const base = `http://127.0.0.1:${port}`
  let server = await startServer(port)
  const client = demoClient(base)
  const clerk = 'demo-clerk'
  await client.ok(clerk, 'user', 'bindRole', { inviteCode: 'YJ-CLERK-2026' })
  // only demo-resident-a holds points (the seed's 120): every worker redeems as her, so they also
  // race on her account, the goods' stock and the per-person limit (5 packets, confirmed or pending)
  const resident = 'demo-resident-a'
  await client.ok(resident, 'user', 'updateProfile', { name: '王秀兰', phone: '13912345678' })

  // two rounds: burst, SIGKILL once 30 answers are in, start again on the same database
  const seen: string[] = []
  for (let round = 0; round < 2; round += 1) {
    let stop = false
    const start = seen.length
    const burst = Promise.all(
      Array.from({ length: 8 }, (_, n) => worker(client, resident, clerk, 10 * round + n, () => stop, seen)),
    )
    while (seen.length - start < 30) await new Promise((r) => setTimeout(r, 5))
    server.kill('SIGKILL')
    await exited(server)
    stop = true
    await burst
    server = await startServer(port)
  }
  const before = tally(seen)

  const db = openPgDatabase(databaseUrl, { pool: { max: 2 } })
  try {
    const ledger = await ledgerReport(db)
    if (process.env.PG_STATS) console.log('crash burst', JSON.stringify({ before, ledger }))
    // calls were in flight when it died
    expect(Object.keys(before).filter((k) => k.endsWith('NETWORK')).length).toBeGreaterThan(0)
    expect(Object.keys(before).filter((k) => /INTERNAL|HTTP/.test(k))).toEqual([])
    expect(ledger).toMatchObject({
      posted: 0,
      pending: 0,
      confirmedWithoutPost: [],
      holdsWithoutOrder: [],
      pendingWithoutHold: [],
    })
    expect(ledger.orders.confirmed ?? 0).toBeGreaterThan(0)
    expect(ledger.orders.cancelled ?? 0).toBeGreaterThan(0)

    // the restarted server kept the data (no reseed) and serves it
    const balance = await client.ok(resident, 'points', 'balance')
    const account = (await db.get('users', resident))!.accountId
    const totals = (await db.get('accounts', account))!
    expect(balance).toMatchObject({
      available: totals.creditsPosted - totals.debitsPosted - totals.debitsPending,
      held: totals.debitsPending,
    })
    expect(totals.debitsPosted).toBe(20 * (ledger.orders.confirmed ?? 0))
  } finally {
    await db.close()
    server.kill('SIGTERM')
    await exited(server)
  }
})
