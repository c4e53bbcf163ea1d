/**
 * Runs the cloud suite on PostgreSQL (jest's `cloud` project with CLOUD_STORE=pg): every
 * `setupCloud` gets a database in a schema of its own, dropped when the test file ends.
 */
import type { CloudDb } from '../../../src/cloud/db/schema'
import type { PgDatabase } from '../../src/store'
import { testDatabaseUrl } from './pg-url'

/** Loaded on first use only: a test file in a browser-like environment (no TextEncoder) never needs pg. */
const store = (): typeof import('../../src/store') => require('../../src/store')

const opened: { db: PgDatabase; schema: string }[] = []
let serial = 0

function testDatabase(): CloudDb {
  serial += 1
  const schema = `t_${process.pid}_${Date.now().toString(36)}_${serial}`
  const db = store().openPgDatabase(testDatabaseUrl(), { schema, pool: { max: 4 } })
  opened.push({ db, schema })
  return db
}

;(globalThis as { linliTestDatabase?: () => CloudDb }).linliTestDatabase = testDatabase

afterAll(async () => {
  const dbs = opened.splice(0)
  await Promise.all(dbs.map(({ db }) => db.close()))
  if (dbs.length === 0) return
  const { Pool } = require('pg') as typeof import('pg')
  const admin = new Pool({ connectionString: testDatabaseUrl(), max: 1 })
  try {
    for (const { schema } of dbs) await admin.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`)
  } finally {
    await admin.end()
  }
})
