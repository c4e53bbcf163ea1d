import { randomBytes } from 'node:crypto'
/**
 * Runs the cloud suite on PostgreSQL (jest's `cloud` project with CLOUD_STORE=pg): every
 * `setupCloud` gets a database in a schema of its own, dropped when the test file ends; a cloud
 * set up over another's storage (a restart, a second tab) gets a second connection pool on that
 * cloud's schema — a second process over the same database.
 */
import type { CloudDb } from '../../../src/cloud/db/schema'
import type { PgDatabase } from '../../src/store'
import { testDatabaseUrl } from './pg-url'

// Loaded on first use: a test file in a browser-like environment (no TextEncoder) never needs pg.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const store = (): typeof import('../../src/store') => require('../../src/store')

const opened: PgDatabase[] = []
const schemas: string[] = []
const schemaOf = new WeakMap<object, string>()
let serial = 0

function testDatabase(storage: object): CloudDb {
  let schema = schemaOf.get(storage)
  if (schema === undefined) {
    serial += 1
    schema = `t_${process.pid}_${randomBytes(4).toString('hex')}_${serial}`
    schemaOf.set(storage, schema)
    schemas.push(schema)
  }
  const db = store().openPgDatabase(testDatabaseUrl(), { schema, pool: { max: 4 } })
  opened.push(db)
  return db
}

// every call is a few round trips to the database: a long walk through many pages takes seconds
jest.setTimeout(30_000)

;(globalThis as { linliTestDatabase?: (storage: object) => CloudDb }).linliTestDatabase = testDatabase

afterAll(async () => {
  await Promise.all(opened.splice(0).map((db) => db.close()))
  const dropped = schemas.splice(0)
  if (dropped.length === 0) return
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { Pool } = require('pg') as typeof import('pg')
  const admin = new Pool({ connectionString: testDatabaseUrl(), max: 1 })
  try {
    for (const schema of dropped) await admin.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`)
  } finally {
    await admin.end()
  }
})
