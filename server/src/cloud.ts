// What the server needs from a cloud: the same `callFunction` the app's embedded cloud answers,
// `reset` (demo mode) and the clock its `now` reads. The in-memory cloud serves tests and a
// database-less demo; the PostgreSQL store (server/src/store.ts) plugs in through `assembleCloud`'s
// `database` option without the server noticing.
import type { CallFunctionResult } from '../../src/contract/envelope'
import { assembleCloud, createMemoryStorage } from '../../src/cloud/index'
import type { CallRequest } from '../../src/cloud/runtime/runtime'
import { DemoClock } from './clock'

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
