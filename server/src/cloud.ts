// What the server needs from a cloud: the same `callFunction` the app's embedded cloud answers,
// `reset` (demo mode) and the clock its `now` reads. The in-memory cloud serves tests and a
// database-less demo; the PostgreSQL store (server/src/store.ts) plugs in through `assembleCloud`'s
// `database` option without the server noticing.
import type { CallFunctionResult } from '../../src/contract/envelope'
import { assembleCloud, createMemoryStorage } from '../../src/cloud/index'
import type { CallRequest } from '../../src/cloud/runtime/runtime'
import { DemoClock } from './clock'
import { createPgDatabase, type PgDatabaseOptions } from './store'

export interface ServerCloud {
  /** Never rejects; the caller is who the session token says. */
  callFunction(req: CallRequest, caller: { openid: string }): Promise<CallFunctionResult<unknown>>
  /** Wipes the data and reloads the seed (demo mode). */
  reset(): Promise<void>
  /** The cloud's `now`. */
  clock: DemoClock
  /** Resolves when the database answers (GET /healthz); absent: always healthy. */
  ping?(): Promise<void>
  /** Releases the database (pool); called once, after in-flight calls have finished. */
  close?(): Promise<void>
}

/** The seeded in-memory cloud on a DemoClock: tests, and `npm run server` without DATABASE_URL. */
export function memoryCloud(clock: DemoClock = new DemoClock()): ServerCloud {
  const { cloud, ready } = assembleCloud({ storage: createMemoryStorage(), now: clock.now, seed: true })
  return {
    callFunction: (req, caller) => cloud.callFunction(req, caller),
    reset: () => cloud.reset(),
    clock,
    ping: () => ready(),
  }
}

/**
 * The cloud on PostgreSQL (server/src/store.ts): migrated on open; the demo seed loaded (and
 * reloaded by `reset`) when `seed`; `schema`/`pool` as for `openPgDatabase` (tests: a schema each). `ping` also asks the database, so /healthz fails when it is gone.
 */
export async function pgCloud(
  databaseUrl: string,
  clock: DemoClock,
  options: { seed: boolean } & PgDatabaseOptions,
): Promise<ServerCloud> {
  const database = await createPgDatabase(databaseUrl, { schema: options.schema, pool: options.pool })
  const { cloud, ready } = assembleCloud({ database, now: clock.now, seed: options.seed })
  return {
    callFunction: (req, caller) => cloud.callFunction(req, caller),
    reset: () => cloud.reset(),
    clock,
    ping: async () => {
      await ready()
      await database.pool.query('SELECT 1')
    },
    close: () => database.close(),
  }
}
