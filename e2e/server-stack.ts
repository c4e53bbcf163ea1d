// The server-mode stack the `two-phones` project runs against, started only when its spec runs:
//   - PostgreSQL (a cluster already listening on PGPORT, else `bash scripts/pg.sh start`) and a FRESH
//     database of this checkout's own (`linli_e2e_<port>`: dropped and created again each run; left
//     in place afterwards for a look at what the run wrote);
//   - the API server (`npm run server`, DEMO_MODE=1) on 127.0.0.1:<apiPort>, the port the server-mode
//     build was made for (`npm run build:h5:server` bakes http://127.0.0.1:8787 into dist/h5-server);
//   - dist/h5-server served by scripts/serve.mjs on the project's own port (the CORS origin).
// stop() ends the API server gracefully (SIGTERM to its process group) and the static server; the
// PostgreSQL cluster keeps running (other checkouts' tests may share it; `bash scripts/pg.sh stop`).
import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import net from 'node:net'
import path from 'node:path'
import { Client } from 'pg'
import { ROOT } from './app'

export interface StackOptions {
  /** Where the app is served (the project's baseURL), e.g. http://127.0.0.1:23457 */
  h5Url: string
  /** The API server's port; must be the one dist/h5-server was built for. */
  apiPort: number
  /** The server-mode build, relative to the repo. */
  dist?: string
}

export interface Stack {
  apiUrl: string
  databaseUrl: string
  /** What the API server printed (for a failure's report). */
  serverLog(): string
  stop(): Promise<void>
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms))

function portInUse(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port })
    socket.once('connect', () => {
      socket.destroy()
      resolve(true)
    })
    socket.once('error', () => resolve(false))
  })
}

/** The JS files of the build name the API origin they call (CLOUD_URL is a build constant). */
function checkBuild(dir: string, apiUrl: string): void {
  if (!fs.existsSync(path.join(dir, 'index.html')))
    throw new Error(`${path.relative(ROOT, dir)} is missing: run \`npm run build:h5:server\` first`)
  const js = path.join(dir, 'js')
  const names = fs.existsSync(js) ? fs.readdirSync(js).filter((f) => f.endsWith('.js')) : []
  if (!names.some((f) => fs.readFileSync(path.join(js, f), 'utf8').includes(apiUrl)))
    throw new Error(
      `${path.relative(ROOT, dir)} was not built for ${apiUrl}: run ` +
        `\`TARO_APP_CLOUD_URL=${apiUrl} npm run build:h5:server\``,
    )
}

/** PostgreSQL's URL of the `linli` database: a cluster already on PGPORT (another checkout's), else pg.sh start. */
async function startPostgres(): Promise<string> {
  const port = process.env.PGPORT || '54329'
  const running = `postgres://linli@127.0.0.1:${port}/linli`
  const client = new Client({ connectionString: running })
  try {
    await client.connect()
    return running
  } catch {
    /* none yet: start this checkout's */
  } finally {
    await client.end().catch(() => {})
  }
  let out = ''
  try {
    out = execFileSync('bash', ['scripts/pg.sh', 'start'], { cwd: ROOT, encoding: 'utf8', stdio: 'pipe' })
  } catch (e) {
    const err = e as { stderr?: string; message: string }
    throw new Error(`PostgreSQL did not start: ${err.stderr || err.message}`)
  }
  return out.match(/postgres(?:ql)?:\/\/\S+/g)?.pop() ?? running
}

/** Drops and creates `name` on the cluster of `url`; returns the new database's URL. */
async function freshDatabase(url: string, name: string): Promise<string> {
  const admin = new URL(url)
  admin.pathname = '/postgres'
  const client = new Client({ connectionString: admin.toString() })
  await client.connect()
  try {
    await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
    await client.query(`CREATE DATABASE ${name}`)
  } finally {
    await client.end()
  }
  const db = new URL(url)
  db.pathname = `/${name}`
  return db.toString()
}

function exited(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve()
    else child.once('exit', () => resolve())
  })
}

/** SIGTERM to the child's process group, SIGKILL after `graceMs`. */
async function stopGroup(child: ChildProcess, graceMs: number): Promise<void> {
  if (!child.pid || child.exitCode !== null || child.signalCode !== null) return
  const signal = (s: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, s)
    } catch {
      /* already gone */
    }
  }
  signal('SIGTERM')
  const done = await Promise.race([exited(child).then(() => true), sleep(graceMs).then(() => false)])
  if (!done) signal('SIGKILL')
  await exited(child)
}

export async function startServerStack({
  h5Url,
  apiPort,
  dist = 'dist/h5-server',
}: StackOptions): Promise<Stack> {
  const apiUrl = `http://127.0.0.1:${apiPort}`
  const dir = path.join(ROOT, dist)
  const h5Port = Number(new URL(h5Url).port)
  checkBuild(dir, apiUrl)
  for (const port of [apiPort, h5Port])
    if (await portInUse(port)) throw new Error(`port ${port} is already in use (another server?)`)

  const databaseUrl = await freshDatabase(await startPostgres(), `linli_e2e_${h5Port}`)

  let log = ''
  const keep = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-20_000)
  }
  // own process group (detached), so stop() reaches node under npm as well
  const server = spawn('npm', ['run', '--silent', 'server'], {
    cwd: ROOT,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      DEMO_MODE: '1',
      HOST: '127.0.0.1',
      PORT: String(apiPort),
      H5_ORIGIN: new URL(h5Url).origin,
      DATABASE_URL: databaseUrl,
      SESSION_SECRET: crypto.randomBytes(32).toString('hex'),
      LOG_LEVEL: process.env.E2E_SERVER_LOG_LEVEL || 'warn',
    },
  })
  server.stdout!.on('data', keep)
  server.stderr!.on('data', keep)
  const statics = spawn(process.execPath, ['scripts/serve.mjs', dist], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, PORT: String(h5Port) },
  })
  statics.stderr!.on('data', keep)

  const stop = async () => {
    await stopGroup(server, 10_000)
    statics.kill('SIGTERM')
    await exited(statics)
  }

  try {
    // the server bundles itself with esbuild, migrates the fresh database and seeds it before listening
    const deadline = Date.now() + 90_000
    for (;;) {
      if (server.exitCode !== null) throw new Error(`the API server exited (${server.exitCode})`)
      const up = await Promise.all([
        fetch(`${apiUrl}/healthz`).then(
          (r) => r.ok,
          () => false,
        ),
        fetch(`${h5Url}/`).then(
          (r) => r.ok,
          () => false,
        ),
      ])
      if (up.every(Boolean)) break
      if (Date.now() > deadline)
        throw new Error('the API server or the static server did not come up in 90 s')
      await sleep(250)
    }
  } catch (e) {
    await stop()
    throw new Error(`${(e as Error).message}\n--- server output ---\n${log}`)
  }
  return { apiUrl, databaseUrl, serverLog: () => log, stop }
}
