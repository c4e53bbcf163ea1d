/**
 * `npm run bench:server` — the server on PostgreSQL under a mixed load, next to a bare Fastify endpoint.
 *
 * One run (about 1.5 minutes):
 * 1. `bash scripts/pg.sh start`, then a fresh database of its own, `linli_bench` (dropped and made again).
 * 2. Two child processes (this file, forked): the real server — `readConfig` + `pgCloud`'s assembly +
 *    `buildServer`, exactly what `npm run server` runs, with DEMO_MODE=1 (so the rate limit is off) and
 *    LOG_LEVEL=silent — and a bare Fastify app answering `POST /api/call` with a constant body.
 * 3. Setup over HTTP: demo sessions and `user.updateProfile` for RESIDENTS residents spread over the
 *    district's communities and two clerks per partner shop; then, straight through the store, points for
 *    every resident (an `earn` transfer) and goods that never run out (stock, per-person limit), so that
 *    redemptions keep succeeding for the whole run; clerks get their shop's role.
 * 4. autocannon, CONNECTIONS concurrent clients for DURATION s against the server: each client loops over
 *    a 20-call cycle (one random resident per call): balance 6, news.list 4, volunteer.list 4,
 *    points.ledger 3, shop.redeem 1 then shop.confirm of its code by a clerk of that shop 1, grid.report 1.
 *    Per-kind latency is timed around each request in the client (from building it to its answer).
 * 5. The same against the bare endpoint for BARE_DURATION s.
 * CPU: the server process, all PostgreSQL backends of the cluster (shared with other users of it) and this
 * process (autocannon), in cores, over the mixed run; the store's counters (transactions, retries after
 * serialization failures, lane waits) and the server's event-loop utilisation come from the server child.
 * Environment: BENCH_RESIDENTS, BENCH_CONNECTIONS, BENCH_DURATION, BENCH_BARE_DURATION; BENCH_ONLY=kind,… runs
 * only those kinds of the cycle (e.g. `shop.redeem,shop.confirm`), to see what one kind costs.
 */
import { execFileSync, fork, type ChildProcess } from 'node:child_process'
import { readFileSync, readdirSync } from 'node:fs'
import { cpus } from 'node:os'
import { performance } from 'node:perf_hooks'
import autocannon from 'autocannon'
import Fastify from 'fastify'
import { Client } from 'pg'
import * as pg from 'pg'

import { assembleCloud } from '../src/cloud/index'
import { issuerAccountId } from '../src/cloud/ledger/accounts'
import { createTransfer } from '../src/cloud/ledger/transfers'
import { buildServer } from '../server/src/build-server'
import { DemoClock } from '../server/src/clock'
import { readConfig } from '../server/src/config'
import { createPgDatabase, type PgDatabase } from '../server/src/store'

const RESIDENTS = Number(process.env.BENCH_RESIDENTS ?? 500)
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50)
const DURATION = Number(process.env.BENCH_DURATION ?? 40)
const BARE_DURATION = Number(process.env.BENCH_BARE_DURATION ?? 10)
const DB_NAME = 'linli_bench'
const SHOPS: Record<string, string[]> = {
  'shop-yj-xinhua': ['goods-01', 'goods-02', 'goods-03', 'goods-04', 'goods-05'],
  'shop-yj-guanghe': ['goods-06', 'goods-07'],
  'shop-zgx-exchange': ['goods-08', 'goods-09'],
  'shop-cx-oil': ['goods-10'],
}
const NAMES = ['王秀英', '李建国', '张桂兰', '刘志强', '陈晓燕', '杨国华', '赵淑珍', '孙明亮']

type Kind =
  | 'balance'
  | 'news.list'
  | 'volunteer.list'
  | 'points.ledger'
  | 'shop.redeem'
  | 'shop.confirm'
  | 'grid.report'
const CYCLE: Kind[] = [
  'balance', 'news.list', 'volunteer.list', 'points.ledger', 'balance',
  'news.list', 'volunteer.list', 'balance', 'shop.redeem', 'shop.confirm',
  'points.ledger', 'balance', 'news.list', 'volunteer.list', 'grid.report',
  'balance', 'news.list', 'points.ledger', 'volunteer.list', 'balance',
] // prettier-ignore

// ---------------------------------------------------------------- children

async function serverChild(): Promise<void> {
  const config = readConfig(process.env)
  // statements sent to PostgreSQL (each one a round trip on a pooled connection)
  let statements = 0
  const query = pg.Client.prototype.query as (...args: unknown[]) => unknown
  ;(pg.Client.prototype as { query: unknown }).query = function (this: unknown, ...args: unknown[]) {
    statements += 1
    return query.apply(this, args)
  }
  const clock = new DemoClock()
  // pgCloud (server/src/cloud.ts) with the database kept at hand for its counters
  const database = await createPgDatabase(config.databaseUrl as string)
  const { cloud, ready } = assembleCloud({ database, now: clock.now, seed: true })
  await ready()
  const app = buildServer({
    config,
    cloud: {
      callFunction: (req, caller) => cloud.callFunction(req, caller),
      reset: () => cloud.reset(),
      clock,
      ping: async () => {
        await ready()
        await database.pool.query('SELECT 1')
      },
      close: () => database.close(),
    },
  })
  await app.listen({ port: 0, host: '127.0.0.1' })
  let elu = performance.eventLoopUtilization()
  process.on('message', (message: string) => {
    if (message === 'mark') {
      elu = performance.eventLoopUtilization()
      process.send?.({ stats: { ...database.stats, statements } })
    } else if (message === 'stats') {
      const util = performance.eventLoopUtilization(elu).utilization
      process.send?.({ stats: { ...database.stats, statements }, elu: util })
    } else if (message === 'stop') {
      app.close().then(() => process.exit(0))
    }
  })
  process.send?.({ port: (app.server.address() as { port: number }).port })
}

async function bareChild(): Promise<void> {
  const app = Fastify({ logger: false })
  app.post('/api/call', async (request) => ({
    result: { ok: true, data: { available: 120, held: 0, earned: 120, spent: 0 } },
    errMsg: 'cloud.callFunction:ok',
    requestID: String((request.body as { name?: string }).name ?? ''),
  }))
  await app.listen({ port: 0, host: '127.0.0.1' })
  process.on('message', (message: string) => {
    if (message === 'stop') app.close().then(() => process.exit(0))
  })
  process.send?.({ port: (app.server.address() as { port: number }).port })
}

// ---------------------------------------------------------------- helpers

function start(role: string, env: Record<string, string>): Promise<{ child: ChildProcess; port: number }> {
  const child = fork(__filename, [], { env: { ...process.env, ...env, BENCH_ROLE: role }, stdio: 'inherit' })
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`${role} exited with ${code}`)))
    child.on('message', (m: { port?: number }) => {
      if (m.port) resolve({ child, port: m.port })
    })
  })
}

function ask<T>(child: ChildProcess, message: string): Promise<T> {
  return new Promise((resolve) => {
    const on = (m: T & { port?: number }) => {
      if (m.port) return
      child.off('message', on)
      resolve(m)
    }
    child.on('message', on)
    child.send(message)
  })
}

const ticks = (pid: number | string): number => {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')
    return Number(fields[11]) + Number(fields[12]) // utime + stime (fields 14, 15)
  } catch {
    return 0
  }
}
/** Ticks of every postgres process, by pid (a delta counts only processes alive at both ends). */
const postgresTicks = (): Map<string, number> =>
  new Map(
    readdirSync('/proc')
      .filter((p) => /^\d+$/.test(p))
      .filter((p) => {
        try {
          return readFileSync(`/proc/${p}/comm`, 'utf8').trim() === 'postgres'
        } catch {
          return false
        }
      })
      .map((p) => [p, ticks(p)]),
  )
const pgDelta = (a: Map<string, number>, b: Map<string, number>): number =>
  [...b].reduce((sum, [pid, t]) => sum + (a.has(pid) ? t - (a.get(pid) as number) : 0), 0)
const machineTicks = (): { busy: number; all: number } => {
  const cpu = readFileSync('/proc/stat', 'utf8').split('\n')[0].split(/\s+/).slice(1).map(Number)
  const all = cpu.reduce((a, b) => a + b, 0)
  return { busy: all - cpu[3] - cpu[4], all }
}
const HZ = 100

async function pool<T>(items: T[], width: number, fn: (item: T, i: number) => Promise<void>): Promise<void> {
  let next = 0
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < items.length) {
        const i = next++
        await fn(items[i], i)
      }
    }),
  )
}

async function post<T>(base: string, path: string, body: unknown, token?: string): Promise<T> {
  const res = await fetch(base + path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  })
  if (!res.ok) throw new Error(`${path}: HTTP ${res.status} ${await res.text()}`)
  return (await res.json()) as T
}

type Call = { result: { ok: boolean; data?: unknown; error?: { code: string; message: string } } }
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the answers of many actions
async function call(base: string, token: string, name: string, data: object): Promise<any> {
  const { result } = await post<Call>(base, '/api/call', { name, data }, token)
  if (!result.ok)
    throw new Error(
      `${name}.${(data as { action: string }).action}: ${result.error?.code} ${result.error?.message}`,
    )
  return result.data
}

function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return NaN
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]
}

// ---------------------------------------------------------------- main

async function main(): Promise<void> {
  const started = Date.now()
  // the cluster on PGPORT (shared: another worktree's `pg.sh start` may already run it), else our own
  const shared = `postgres://linli@127.0.0.1:${process.env.PGPORT ?? 54329}/linli`
  let baseUrl = process.env.BENCH_DATABASE_URL ?? shared
  const probe = new Client({ connectionString: baseUrl })
  const up = await probe.connect().then(
    () => true,
    () => false,
  )
  await probe.end().catch(() => undefined)
  if (!up) {
    const out = execFileSync('bash', ['scripts/pg.sh', 'start'], { encoding: 'utf8' })
    baseUrl = /DATABASE_URL=(\S+)/.exec(out)?.[1] ?? ''
    if (!baseUrl) throw new Error(`pg.sh printed no DATABASE_URL: ${out}`)
  }
  const admin = new Client({ connectionString: baseUrl.replace(/\/[^/]+$/, '/postgres') })
  await admin.connect()
  await admin.query(`DROP DATABASE IF EXISTS ${DB_NAME} WITH (FORCE)`)
  await admin.query(`CREATE DATABASE ${DB_NAME}`)
  await admin.end()
  const databaseUrl = baseUrl.replace(/\/[^/]+$/, `/${DB_NAME}`)

  const server = await start('server', { DATABASE_URL: databaseUrl, DEMO_MODE: '1', LOG_LEVEL: 'silent' })
  const bare = await start('bare', {})
  const base = `http://127.0.0.1:${server.port}`
  process.stdout.write(
    `server :${server.port} (pid ${server.child.pid}), bare :${bare.port}; setting up ${RESIDENTS} residents…\n`,
  )

  // residents and clerks: sessions and profiles over HTTP
  const demoToken = (openid: string) =>
    post<{ token: string }>(base, '/api/session/demo', { openid }).then((r) => r.token)
  const anyone = await demoToken('demo-bench-setup')
  const districts = (await call(base, anyone, 'user', { action: 'communities' })) as {
    communities: { id: string }[]
  }[]
  const communities = districts.flatMap((s) => s.communities.map((c) => c.id))
  const categories = ((await call(base, anyone, 'grid', { action: 'categories' })) as { id: string }[]).map(
    (c) => c.id,
  )
  const residents: { openid: string; token: string; communityId: string }[] = []
  const clerks: Record<string, string[]> = {}
  const clerkIds: { openid: string; shopId: string }[] = []
  for (const shopId of Object.keys(SHOPS))
    for (let k = 0; k < 2; k++) clerkIds.push({ openid: `demo-bench-clerk-${shopId.slice(5)}-${k}`, shopId })
  const setupStart = Date.now()
  await pool(
    [
      ...Array.from({ length: RESIDENTS }, (_, i) => ({ openid: `demo-bench-r${i}`, shopId: '' })),
      ...clerkIds,
    ],
    CONNECTIONS,
    async ({ openid, shopId }, i) => {
      const token = await demoToken(openid)
      const communityId = communities[i % communities.length]
      await call(base, token, 'user', {
        action: 'updateProfile',
        name: NAMES[i % NAMES.length],
        phone: `139${String(10_000_000 + i).slice(-8)}`,
        communityId,
      })
      if (shopId) (clerks[shopId] ??= []).push(token)
      else residents.push({ openid, token, communityId })
    },
  )
  const setupMs = Date.now() - setupStart

  // points, endless goods, clerk roles: straight through the store
  const db: PgDatabase = await createPgDatabase(databaseUrl, { pool: { max: 2 } })
  const at = Date.now()
  await db.transaction(async (tx) => {
    for (const { openid, shopId } of clerkIds) {
      const user = await tx.get('users', openid)
      if (user) await tx.update('users', openid, { roles: [...user.roles, 'clerk'], clerkShopId: shopId })
    }
    for (const goodsIds of Object.values(SHOPS))
      for (const id of goodsIds)
        await tx.update('goods', id, { stock: 1_000_000_000, perPersonLimit: 1_000_000 })
  })
  for (let i = 0; i < residents.length; i += 100) {
    await db.transaction(async (tx) => {
      for (const { openid } of residents.slice(i, i + 100)) {
        const user = await tx.get('users', openid)
        if (!user) throw new Error(`no profile for ${openid}`)
        await createTransfer(tx, {
          debitAccountId: issuerAccountId('jincheng'),
          creditAccountId: user.accountId,
          amount: 1_000_000,
          kind: 'earn',
          reason: '压测：初始积分',
          at,
        })
      }
    })
  }
  await db.close()
  // one check that the mix's write path works before timing it
  {
    const r = residents[0]
    const order = await call(base, r.token, 'shop', {
      action: 'redeem',
      goodsId: 'goods-01',
      quantity: 1,
      requestId: 'bench-check-0001',
    })
    await call(base, clerks['shop-yj-xinhua'][0], 'shop', { action: 'confirm', code: order.code })
  }
  process.stdout.write(
    `setup: ${residents.length} residents + ${clerkIds.length} clerks in ${(setupMs / 1000).toFixed(1)} s; mixed run ${DURATION} s at ${CONNECTIONS} connections…\n`,
  )

  // ------------------------------------------------------------ the mix
  const lat: Record<Kind, number[]> = Object.fromEntries(CYCLE.map((k) => [k, []])) as unknown as Record<
    Kind,
    number[]
  >
  const errors: Record<string, number> = {}
  const goodsList = Object.entries(SHOPS).flatMap(([shopId, ids]) => ids.map((id) => ({ shopId, id })))
  let seq = 0
  const pick = <T>(xs: T[]): T => xs[Math.floor(Math.random() * xs.length)]
  type Ctx = { t0?: number; code?: string; shopId?: string }
  const body = (name: string, data: object) => JSON.stringify({ name, data })
  const only = process.env.BENCH_ONLY?.split(',')
  const cycle = only ? CYCLE.filter((k) => only.includes(k)) : CYCLE
  const requests = cycle.map((kind) => ({
    method: 'POST' as const,
    path: '/api/call',
    setupRequest: (req: Record<string, unknown>, ctx: Ctx) => {
      const r = pick(residents)
      let token = r.token
      let payload: string
      switch (kind) {
        case 'balance':
          payload = body('points', { action: 'balance' })
          break
        case 'points.ledger':
          payload = body('points', { action: 'ledger', limit: 20 })
          break
        case 'news.list':
          payload = body('news', { action: 'list', limit: 20 })
          break
        case 'volunteer.list':
          payload = body('volunteer', { action: 'list', limit: 20 })
          break
        case 'shop.redeem': {
          const g = pick(goodsList)
          ctx.shopId = g.shopId
          ctx.code = undefined
          payload = body('shop', {
            action: 'redeem',
            goodsId: g.id,
            quantity: 1,
            requestId: `bench-${process.pid}-${++seq}`,
          })
          break
        }
        case 'shop.confirm':
          token = pick(clerks[ctx.shopId ?? 'shop-yj-xinhua'])
          payload = body('shop', { action: 'confirm', code: ctx.code ?? '00000000' })
          break
        case 'grid.report':
          payload = body('grid', {
            action: 'report',
            category: pick(categories),
            description: '楼道灯坏了，晚上很黑，请尽快修理',
            address: '新华小区 3 号楼 2 单元',
            requestId: `bench-g-${process.pid}-${++seq}`,
          })
          break
      }
      ctx.t0 = performance.now()
      return {
        ...req,
        body: payload,
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      }
    },
    onResponse: (status: number, resBody: string, ctx: Ctx) => {
      if (ctx.t0 !== undefined) lat[kind].push(performance.now() - ctx.t0)
      let code = `HTTP ${status}`
      if (status === 200) {
        const { result } = JSON.parse(resBody) as Call
        if (result.ok) {
          if (kind === 'shop.redeem') ctx.code = (result.data as { code: string }).code
          return
        }
        code = result.error?.code ?? '?'
      }
      errors[`${kind} ${code}`] = (errors[`${kind} ${code}`] ?? 0) + 1
    },
  }))

  await ask(server.child, 'mark')
  const statsBefore = (
    await ask<{ stats: PgDatabase['stats'] & { statements: number } }>(server.child, 'mark')
  ).stats
  // the backends serving our database (the server's pool, open since the setup): their CPU alone
  const probeDb = new Client({ connectionString: databaseUrl })
  await probeDb.connect()
  const backends = (
    await probeDb.query<{ pid: number }>(
      'SELECT pid FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()',
      [DB_NAME],
    )
  ).rows.map((r) => r.pid)
  await probeDb.end()
  const ourPg = () => backends.reduce((sum, pid) => sum + ticks(pid), 0)
  const cpu0 = {
    ours: ourPg(),
    server: ticks(server.child.pid as number),
    pg: postgresTicks(),
    self: ticks(process.pid),
    machine: machineTicks(),
  }
  const t0 = performance.now()
  const mix = await autocannon({ url: base, connections: CONNECTIONS, duration: DURATION, requests })
  const seconds = (performance.now() - t0) / 1000
  const cpu1 = {
    ours: ourPg(),
    server: ticks(server.child.pid as number),
    pg: postgresTicks(),
    self: ticks(process.pid),
    machine: machineTicks(),
  }
  const after = await ask<{ stats: PgDatabase['stats'] & { statements: number }; elu: number }>(
    server.child,
    'stats',
  )
  const cores = (a: number, b: number) => (b - a) / HZ / seconds

  process.stdout.write(`bare endpoint ${BARE_DURATION} s…\n`)
  const bareRun = await autocannon({
    url: `http://127.0.0.1:${bare.port}/api/call`,
    connections: CONNECTIONS,
    duration: BARE_DURATION,
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${residents[0].token}` },
    body: body('points', { action: 'balance' }),
  })
  server.child.send('stop')
  bare.child.send('stop')

  // ------------------------------------------------------------ the table
  const rows: string[][] = []
  const fmt = (n: number, d = 0) => (Number.isFinite(n) ? n.toFixed(d) : '–')
  const total = mix.requests.total
  rows.push([
    'mix (all kinds)',
    fmt(total / seconds),
    fmt(mix.latency.p50, 1),
    fmt(mix.latency.p99, 1),
    String(mix.non2xx + mix.errors),
  ])
  for (const kind of [...new Set(CYCLE)]) {
    const xs = lat[kind].slice().sort((a, b) => a - b)
    const errs = Object.entries(errors)
      .filter(([k]) => k.startsWith(`${kind} `))
      .reduce((s, [, n]) => s + n, 0)
    rows.push([
      `  ${kind}`,
      fmt(xs.length / seconds),
      fmt(quantile(xs, 0.5), 1),
      fmt(quantile(xs, 0.99), 1),
      String(errs),
    ])
  }
  rows.push([
    'bare Fastify endpoint',
    fmt(bareRun.requests.total / BARE_DURATION),
    fmt(bareRun.latency.p50, 1),
    fmt(bareRun.latency.p99, 1),
    String(bareRun.non2xx + bareRun.errors),
  ])
  const header = ['', 'calls/s', 'p50 ms', 'p99 ms', 'errors']
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c].length)))
  const line = (r: string[]) =>
    `| ${r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join(' | ')} |`
  const print = (s: string) => process.stdout.write(`${s}\n`)
  print('')
  print(
    `${CONNECTIONS} connections, ${residents.length} residents, mix ${seconds.toFixed(1)} s, bare ${BARE_DURATION} s (${new Date().toISOString()})`,
  )
  print(line(header))
  print(
    `|${widths.map((w, c) => (c === 0 ? '-' : '').padEnd(w + 1, '-') + (c === 0 ? '-' : ':')).join('|')}|`,
  )
  for (const r of rows) print(line(r))
  const m0 = cpu0.machine
  const m1 = cpu1.machine
  print('')
  print(
    `CPU over the mix (cores of ${cpus().length}): server node ${cores(cpu0.server, cpu1.server).toFixed(2)}` +
      ` (event loop busy ${(after.elu * 100).toFixed(0)}%), PostgreSQL: our ${backends.length} backends ${cores(cpu0.ours, cpu1.ours).toFixed(2)}, whole cluster ${(pgDelta(cpu0.pg, cpu1.pg) / HZ / seconds).toFixed(2)},` +
      ` load generator ${cores(cpu0.self, cpu1.self).toFixed(2)}, machine busy ${(((m1.busy - m0.busy) / (m1.all - m0.all)) * 100).toFixed(0)}%`,
  )
  const d = {
    transactions: after.stats.transactions - statsBefore.transactions,
    retries: after.stats.retries - statsBefore.retries,
    laneWaits: after.stats.laneWaits - statsBefore.laneWaits,
  }
  const statements = after.stats.statements - statsBefore.statements
  print(
    `PostgreSQL statements: ${statements} (${(statements / Math.max(1, total)).toFixed(1)} per call, ${(statements / seconds).toFixed(0)}/s)`,
  )
  print(
    `store: ${d.transactions} transactions, ${d.retries} retries after serialization failures (${((d.retries / Math.max(1, d.transactions)) * 100).toFixed(2)}%), ${d.laneWaits} lane waits`,
  )
  if (Object.keys(errors).length) print(`business errors / non-200: ${JSON.stringify(errors)}`)
  print(`total run ${((Date.now() - started) / 1000).toFixed(0)} s`)
}

const role = process.env.BENCH_ROLE
const run = role === 'server' ? serverChild : role === 'bare' ? bareChild : main
run().catch((error: unknown) => {
  process.stderr.write(
    `bench-server${role ? ` (${role})` : ''}: ${error instanceof Error ? error.stack : String(error)}\n`,
  )
  process.exit(1)
})
