/**
 * The Database port (src/cloud/db/database.ts) on PostgreSQL: a table per collection
 * (`_id text primary key`, the document's JSON text `body` as written, `doc jsonb` derived from it
 * for WHERE clauses and indexes, insertion order `n`; migrations.ts), expression indexes for the
 * declared INDEXES, every transaction one SERIALIZABLE transaction on one pooled client, retried
 * from scratch on serialization failure or deadlock (40001/40P01). Writes go straight to the
 * database inside the transaction, so a transaction reads its own writes. Ids come from a sequence
 * in blocks, so two processes never hand out the same one.
 *
 * Contention: `get` inside a transaction takes the row lock (`SELECT … FOR UPDATE`) on documents
 * that change, so two writers of one document meet at the lock instead of at commit. Under
 * SERIALIZABLE the loser still fails (its snapshot predates the winner's commit) — so a retry first
 * queues, outside any transaction, on a session advisory lock per document it lost on (a "lane"):
 * retries of one hot document then run one after another, each with a fresh snapshot, and a burst
 * of 100 confirms of one code drains with one winner and 99 business answers, never INTERNAL.
 */
import { Pool, type PoolClient, type PoolConfig } from 'pg'
import type { OpenStatus, QueryOptions, Tx } from '../../src/cloud/db/database'
import type { SpaceUsage } from '../../src/cloud/db/persistence'
import { createIndexes } from '../../src/cloud/db/indexes'
import { INDEX_SPECS, type CloudDb, type CloudTx, type Collections } from '../../src/cloud/db/schema'
import { fieldExpr, ident, ID_SEQUENCE, MIGRATIONS, MIGRATED } from './migrations'

type Name = keyof Collections & string
type Row = Record<string, unknown>

/** Reference data read by nearly every call and written only by the seed: read without a row lock. */
const UNLOCKED = new Set<string>([
  'system',
  'streets',
  'communities',
  'shops',
  'news',
  'newsBodies',
  'events',
  'secrets',
])

/** Ids come from the sequence in blocks of this many (one `nextval` each). */
const ID_BLOCK = 1000
const MAX_ATTEMPTS = 40
/** Advisory lock class (first key) of the retry lanes and of migrations. */
const LANE_CLASS = 0x4c4e
const MIGRATE_CLASS = 0x4c4d
/** After this many distinct documents lost on, a retry takes the one global lane instead. */
const MAX_LANES = 8

/**
 * A sequential scan takes a predicate lock on the whole table, so under SERIALIZABLE any write to
 * that table by a concurrent transaction fails one of them; on the small tables of a young database
 * the planner scans even where an index serves. Index scans lock only the ranges they read.
 * enable_seqscan = off adds its huge "disable cost" to any plan that still has to scan (a table
 * with no index for the query), which lifts the estimate over jit_above_cost: PostgreSQL then
 * JIT-compiles a 12-row read (~100–200 ms of CPU). jit = off keeps those reads at a millisecond
 * (npm run bench:server: news.list 71 → see docs/bench-server.md).
 */
const BEGIN = 'BEGIN ISOLATION LEVEL SERIALIZABLE; SET LOCAL enable_seqscan = off; SET LOCAL jit = off'

/** SQLSTATEs after which the whole transaction runs again. */
const RETRYABLE = new Set(['40001', '40P01'])

const sqlState = (error: unknown): string | undefined =>
  typeof error === 'object' && error !== null && typeof (error as { code?: unknown }).code === 'string'
    ? (error as { code: string }).code
    : undefined

export const isRetryable = (error: unknown): boolean => RETRYABLE.has(sqlState(error) ?? '')

class IdsExhausted extends Error {
  constructor() {
    super('id block exhausted inside a transaction')
    this.name = 'IdsExhausted'
  }
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

/** A 31-bit FNV-1a hash: the second key of a lane's advisory lock. */
function hash31(text: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return (h >>> 1) & 0x7fffffff
}

/**
 * Applies the pending migrations, each in one transaction, under an advisory lock (one migrator at
 * a time, so processes starting together do not race); `schema` (the pool's search_path) is created first.
 */
export async function migrate(pool: Pool, schema?: string): Promise<number[]> {
  const client = await pool.connect()
  const applied: number[] = []
  try {
    await client.query('SELECT pg_advisory_lock($1, 0)', [MIGRATE_CLASS])
    try {
      if (schema) await client.query(`CREATE SCHEMA IF NOT EXISTS ${ident(schema)}`)
      await client.query(
        `CREATE TABLE IF NOT EXISTS schema_migrations (
           version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`,
      )
      const done = new Set(
        (await client.query<{ version: number }>('SELECT version FROM schema_migrations')).rows.map(
          (r) => r.version,
        ),
      )
      for (const migration of MIGRATIONS) {
        if (done.has(migration.version)) continue
        await client.query('BEGIN')
        try {
          for (const statement of migration.statements) await client.query(statement)
          await client.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [
            migration.version,
            migration.name,
          ])
          await client.query('COMMIT')
        } catch (error) {
          await client.query('ROLLBACK')
          throw error
        }
        applied.push(migration.version)
      }
    } finally {
      await client.query('SELECT pg_advisory_unlock($1, 0)', [MIGRATE_CLASS])
    }
  } finally {
    client.release()
  }
  return applied
}

/** Counters since the database was opened (for benchmarks and tests). */
export interface PgStats {
  transactions: number
  /** Attempts run again after a serialization failure or deadlock. */
  retries: number
  /** Attempts that queued on a retry lane first. */
  laneWaits: number
}

export interface PgDatabase extends CloudDb {
  readonly pool: Pool
  readonly stats: PgStats
  /** Resolves once migrated and holding ids; every async method waits for it. */
  readonly ready: Promise<void>
  /** Ends the pool when this database created it. */
  close(): Promise<void>
}

export interface PgDatabaseOptions {
  /** Pool settings when given a URL (default max 10 connections). */
  pool?: PoolConfig
  /** With a URL: run in this schema (created when missing) instead of `public`; tests use one each. */
  schema?: string
}

/** The reported storage: a server database has no device quota. */
const SERVER_USAGE: SpaceUsage = {
  usedBytes: 0,
  limitBytes: 10 * 1024 ** 3,
  apartBytes: 0,
  apart: new Map(),
}

interface TxState {
  open: boolean
  /** The first SQL error this attempt met (the transaction is aborted after it). */
  failure: unknown
  /** The document whose statement failed, for the retry's lane. */
  failedOn: string | null
}

/** Chooses, as the device does, the declared index an unsorted query reads (for its order). */
const planner = createIndexes(INDEX_SPECS)

/** Builds `SELECT body FROM <name> WHERE … ORDER BY … LIMIT …` for `Tx.query`. */
export function selectSql(
  name: string,
  where: Row,
  options: QueryOptions<Row>,
): { text: string; values: unknown[] } {
  const values: unknown[] = []
  const param = (value: unknown, cast: string): string => {
    values.push(value)
    return `$${values.length}::${cast}`
  }
  const value = (field: string, v: string | number) =>
    field === '_id' ? param(String(v), 'text') : param(JSON.stringify(v), 'jsonb')
  const conditions: string[] = []
  for (const [field, v] of Object.entries(where)) {
    const expr = fieldExpr(field)
    if (v === undefined) conditions.push(`${expr} IS NULL`)
    else if (v !== null && typeof v === 'object') conditions.push('FALSE')
    else if (field === '_id') conditions.push(typeof v === 'string' ? `_id = ${param(v, 'text')}` : 'FALSE')
    else conditions.push(`${expr} = ${param(JSON.stringify(v), 'jsonb')}`)
  }
  const ops = { gt: '>', gte: '>=', lt: '<', lte: '<=' } as const
  for (const [field, range] of Object.entries(options.range ?? {})) {
    if (!range) continue
    const expr = fieldExpr(field)
    if (field !== '_id') conditions.push(`jsonb_typeof(${expr}) IN ('string', 'number')`)
    for (const [op, sql] of Object.entries(ops) as [keyof typeof ops, string][]) {
      const bound = range[op]
      if (bound !== undefined) conditions.push(`${expr} ${sql} ${value(field, bound)}`)
    }
  }
  const orderBy = options.orderBy ?? []
  const after = options.after
  if (after !== undefined && orderBy.length > 0) {
    // rows strictly past `after` in the order: missing values sort first (so last when descending)
    const n = Math.min(orderBy.length, after.length)
    const alternatives: string[] = []
    for (let i = 0; i < n; i += 1) {
      const parts: string[] = []
      for (let j = 0; j < i; j += 1)
        parts.push(`${fieldExpr(orderBy[j][0])} = ${value(orderBy[j][0], after[j])}`)
      const [field, direction] = orderBy[i]
      const expr = fieldExpr(field)
      parts.push(
        direction === 'desc'
          ? `(${expr} < ${value(field, after[i])} OR ${expr} IS NULL)`
          : `${expr} > ${value(field, after[i])}`,
      )
      alternatives.push(`(${parts.join(' AND ')})`)
    }
    if (alternatives.length > 0) conditions.push(`(${alternatives.join(' OR ')})`)
  }
  const order = orderBy.map(
    ([field, direction]) =>
      `${fieldExpr(field)} ${direction === 'desc' ? 'DESC NULLS LAST' : 'ASC NULLS FIRST'}`,
  )
  if (orderBy.length === 0) {
    // no promised order: the device's, so lists come out alike on both stores — the declared
    // index the query would use, else insertion order
    const plan = planner.plan(name, where as never, (options.range ?? {}) as never, [])
    if (plan) order.push(...plan.index.fields.map((f) => `${fieldExpr(f)} ASC NULLS FIRST`), '_id ASC')
    else order.push('n ASC')
  } else if (!orderBy.some(([field]) => field === '_id')) {
    order.push(`_id ${orderBy.length > 0 && orderBy[orderBy.length - 1][1] === 'desc' ? 'DESC' : 'ASC'}`)
  }
  let text = `SELECT body FROM ${ident(name)}`
  if (conditions.length > 0) text += ` WHERE ${conditions.join(' AND ')}`
  text += ` ORDER BY ${order.join(', ')}`
  if (options.limit !== undefined) text += ` LIMIT ${param(Math.max(0, Math.floor(options.limit)), 'bigint')}`
  return { text, values }
}

/**
 * The port on PostgreSQL, usable at once: every async method waits until the schema is migrated
 * and an id block is held (`ready`). `createPgDatabase` is the same, awaited.
 */
export function openPgDatabase(source: Pool | string, options: PgDatabaseOptions = {}): PgDatabase {
  const ownPool = typeof source === 'string'
  const schema = options.schema
  if (schema !== undefined && !/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`bad schema name ${schema}`)
  const pool =
    typeof source === 'string'
      ? new Pool({
          connectionString: source,
          ...options.pool,
          ...(schema ? { options: `-c search_path=${schema}` } : {}),
        })
      : source
  // an idle connection the server drops (a restart) must not crash the process; the next query reconnects
  if (ownPool) pool.on('error', () => undefined)
  let status: OpenStatus = 'loaded'
  const stats: PgStats = { transactions: 0, retries: 0, laneWaits: 0 }
  /** The schema we run in: part of every lane key, so test schemas sharing a database do not queue together. */
  let namespace = ''
  const blocks: [next: number, end: number][] = []
  let wanted = ID_BLOCK

  const available = () => blocks.reduce((sum, [next, end]) => sum + (end - next), 0)

  async function reserve(count: number): Promise<void> {
    const n = Math.ceil(count / ID_BLOCK)
    const { rows } = await pool.query<{ b: string }>(
      `SELECT nextval('${ident(ID_SEQUENCE)}') AS b FROM generate_series(1, $1::int)`,
      [n],
    )
    for (const { b } of rows) {
      const block = Number(b)
      blocks.push([(block - 1) * ID_BLOCK + 1, block * ID_BLOCK + 1])
    }
  }

  /** Keeps at least `wanted` ids at hand before a transaction starts (newId is synchronous). */
  let refilling: Promise<void> | null = null
  async function ensureIds(): Promise<void> {
    while (available() < wanted) {
      refilling ??= reserve(wanted - available()).finally(() => {
        refilling = null
      })
      await refilling
    }
  }

  function newId(prefix: string): string {
    while (blocks.length > 0 && blocks[0][0] >= blocks[0][1]) blocks.shift()
    if (blocks.length === 0) throw new IdsExhausted()
    const id = blocks[0][0]
    blocks[0][0] += 1
    return `${prefix}-${String(id).padStart(8, '0')}`
  }

  const ready = (async () => {
    await migrate(pool, schema)
    const { rows } = await pool.query<{ schema: string; any: boolean }>(
      `SELECT current_schema() AS schema, EXISTS (SELECT 1 FROM ${ident('system')}) OR EXISTS (SELECT 1 FROM ${ident('users')}) AS any`,
    )
    namespace = rows[0].schema
    status = rows[0].any ? 'loaded' : 'fresh'
    await ensureIds()
  })()
  // a failed start surfaces on the first use; keep it from being an unhandled rejection meanwhile
  ready.catch(() => undefined)

  type Exec = (text: string) => Promise<void>
  type Body<T> = (tx: CloudTx, exec: Exec) => Promise<T>

  function makeTx(client: PoolClient, state: TxState): { tx: CloudTx; exec: Exec } {
    async function sql<R extends Row = Row>(doc: string | null, text: string, values: unknown[]) {
      if (!state.open) throw new Error('transaction already finished')
      if (state.failure) throw state.failure
      try {
        return await client.query<R>(text, values)
      } catch (error) {
        state.failure = error
        state.failedOn = doc
        throw error
      }
    }
    const key = (name: string, id: string) => `${name}/${id}`
    const tx: Tx<Collections> = {
      newId(prefix) {
        try {
          return newId(prefix)
        } catch (error) {
          state.failure ??= error
          throw error
        }
      },
      async get(name, id) {
        const lock = UNLOCKED.has(name) ? '' : ' FOR UPDATE'
        const { rows } = await sql<{ body: string }>(
          key(name, id),
          `SELECT body FROM ${ident(name)} WHERE _id = $1${lock}`,
          [id],
        )
        return rows.length === 0 ? null : JSON.parse(rows[0].body)
      },
      async query(name, where = {}, options = {}) {
        const { text, values } = selectSql(name, where as Row, options as QueryOptions<Row>)
        const { rows } = await sql<{ body: string }>(null, text, values)
        return rows.map((row) => JSON.parse(row.body))
      },
      async insert(name, doc) {
        const { rowCount } = await sql(
          key(name, doc._id),
          `INSERT INTO ${ident(name)} (_id, body) VALUES ($1, $2) ON CONFLICT (_id) DO NOTHING`,
          [doc._id, JSON.stringify(doc)],
        )
        if (rowCount === 0) throw new Error(`duplicate id ${doc._id} in ${name}`)
      },
      async set(name, doc) {
        await sql(
          key(name, doc._id),
          `INSERT INTO ${ident(name)} (_id, body) VALUES ($1, $2) ON CONFLICT (_id) DO UPDATE SET body = EXCLUDED.body`,
          [doc._id, JSON.stringify(doc)],
        )
      },
      async update(name, id, patch) {
        // merged as on the device (key order kept), under the row lock
        const { rows } = await sql<{ body: string }>(
          key(name, id),
          `SELECT body FROM ${ident(name)} WHERE _id = $1 FOR UPDATE`,
          [id],
        )
        if (rows.length === 0) throw new Error(`no document ${id} in ${name}`)
        const body = JSON.stringify({ ...JSON.parse(rows[0].body), ...patch, _id: id })
        await sql(key(name, id), `UPDATE ${ident(name)} SET body = $2 WHERE _id = $1`, [id, body])
      },
      async remove(name, id) {
        await sql(key(name, id), `DELETE FROM ${ident(name)} WHERE _id = $1`, [id])
      },
    }
    return { tx: tx as CloudTx, exec: async (text) => void (await sql(null, text, [])) }
  }

  /** Session advisory locks, taken in order outside the transaction: the retry lanes. */
  const laneKeys = (docs: ReadonlySet<string>): number[] =>
    docs.size > MAX_LANES || docs.has('')
      ? [hash31(`${namespace}:*`)]
      : [...new Set([...docs].map((doc) => hash31(`${namespace}:${doc}`)))].sort((a, b) => a - b)

  async function attempt<T>(
    client: PoolClient,
    fn: Body<T>,
  ): Promise<{ done: true; value: T } | { done: false; error: unknown; failedOn: string | null }> {
    const state: TxState = { open: true, failure: null, failedOn: null }
    await client.query(BEGIN)
    let value: T
    try {
      const { tx, exec } = makeTx(client, state)
      value = await fn(tx, exec)
    } catch (error) {
      state.open = false
      await client.query('ROLLBACK')
      const cause = state.failure ?? error
      return { done: false, error: cause, failedOn: state.failedOn }
    }
    state.open = false
    if (state.failure) {
      // the handler swallowed a database error: the transaction is aborted, nothing may commit
      await client.query('ROLLBACK')
      return { done: false, error: state.failure, failedOn: state.failedOn }
    }
    try {
      await client.query('COMMIT')
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined)
      return { done: false, error, failedOn: null }
    }
    return { done: true, value }
  }

  const transaction = <T>(fn: (tx: CloudTx) => Promise<T>): Promise<T> => run((tx) => fn(tx))

  async function run<T>(fn: Body<T>): Promise<T> {
    await ready
    stats.transactions += 1
    /** Documents lost on so far ('' when the failure named none): the lanes the next attempt queues on. */
    const lostOn = new Set<string>()
    for (let n = 1; ; n += 1) {
      await ensureIds()
      const client = await pool.connect()
      let broken: Error | undefined
      let outcome: Awaited<ReturnType<typeof attempt<T>>>
      const lanes = lostOn.size > 0 ? laneKeys(lostOn) : []
      if (lanes.length > 0) stats.laneWaits += 1
      try {
        for (const lane of lanes) await client.query('SELECT pg_advisory_lock($1, $2)', [LANE_CLASS, lane])
        try {
          outcome = await attempt(client, fn)
        } finally {
          for (const lane of lanes)
            await client.query('SELECT pg_advisory_unlock($1, $2)', [LANE_CLASS, lane])
        }
      } catch (error) {
        broken = error instanceof Error ? error : new Error(String(error))
        throw error
      } finally {
        client.release(broken)
      }
      if (outcome.done) return outcome.value
      const { error, failedOn } = outcome
      if (error instanceof IdsExhausted) {
        wanted = Math.max(wanted, ID_BLOCK) * 2
        continue
      }
      if (!isRetryable(error) || n >= MAX_ATTEMPTS) throw error
      // lost on a row another transaction changed: that row's lane; lost on a predicate (SSI:
      // index pages, gaps) the document names no hot spot: the global lane
      const onRow = /concurrent update/.test(error instanceof Error ? error.message : '')
      lostOn.add(onRow ? (failedOn ?? '') : '')
      stats.retries += 1
      await sleep(Math.random() * Math.min(20, 2 ** n))
    }
  }

  // DELETE, not TRUNCATE: TRUNCATE is not MVCC-safe, a call running meanwhile would see empty tables
  const deleteAll = MIGRATED.tables.map((t) => `DELETE FROM ${ident(t)}`)

  return {
    pool,
    stats,
    ready,
    async close() {
      await ready.catch(() => undefined)
      if (ownPool) await pool.end()
    },
    transaction,
    newId,
    get: (name, id) => transaction((tx) => tx.get(name, id)),
    query: (name, where, opts) => transaction((tx) => tx.query(name, where, opts)),
    insert: (name, doc) => transaction((tx) => tx.insert(name, doc)),
    set: (name, doc) => transaction((tx) => tx.set(name, doc)),
    update: (name, id, patch) => transaction((tx) => tx.update(name, id, patch)),
    remove: (name, id) => transaction((tx) => tx.remove(name, id)),
    open: () => status,
    usage: () => SERVER_USAGE,
    wipe: (reseed) =>
      run(async (tx, exec) => {
        for (const statement of deleteAll) await exec(statement)
        if (reseed) await reseed(tx)
      }),
  }
}

/** `openPgDatabase`, once migrated and ready. */
export async function createPgDatabase(
  source: Pool | string,
  options: PgDatabaseOptions = {},
): Promise<PgDatabase> {
  const db = openPgDatabase(source, options)
  await db.ready
  return db
}

export type { Name as CollectionName }
