/**
 * The PostgreSQL schema, as versioned migrations. Each is applied once, in order, in its own
 * transaction, and recorded in `schema_migrations`. Never edit a released migration: add one. A test
 * (server/__tests__/migrations.test.ts) checks that they cover every collection and declared index of
 * src/cloud/db/schema.ts, so a new collection or index there needs a migration here.
 */

export interface Migration {
  version: number
  name: string
  statements: string[]
}

/** `"name"`: collection names are camelCase, so tables are quoted. */
export const ident = (name: string): string => `"${name.replace(/"/g, '""')}"`

/** `'text'`: a field name as a SQL literal (literal, not a parameter, so expression indexes match). */
export const literal = (text: string): string => `'${text.replace(/'/g, "''")}'`

/** The SQL expression of a document field; `_id` is the key column. */
export const fieldExpr = (field: string): string => (field === '_id' ? '_id' : `(doc -> ${literal(field)})`)

/** The sequence the id blocks of `newId` come from (unique across processes). */
export const ID_SEQUENCE = 'linli_ids'

/**
 * `body` is the document's JSON text exactly as the handlers wrote it (jsonb reorders object keys,
 * and a handler may compare `JSON.stringify` of a stored document); `doc` is the same as jsonb,
 * derived by PostgreSQL, for the WHERE clauses and the indexes.
 */
const table = (name: string): string =>
  `CREATE TABLE IF NOT EXISTS ${ident(name)} (_id text COLLATE "C" PRIMARY KEY, body text NOT NULL, ` +
  `doc jsonb GENERATED ALWAYS AS (body::jsonb) STORED NOT NULL)`

export const indexName = (collection: string, fields: readonly string[]): string =>
  `${collection}__${fields.join('__')}`.slice(0, 63)

/** Missing fields first, as the on-device indexes order them; `_id` last, as every declared index does. */
const index = (collection: string, fields: readonly string[]): string =>
  `CREATE INDEX IF NOT EXISTS ${ident(indexName(collection, fields))} ON ${ident(collection)} (${fields
    .map((f) => `${fieldExpr(f)} ASC NULLS FIRST`)
    .join(', ')}, _id)`

const V1_TABLES = [
  'system',
  'streets',
  'communities',
  'shops',
  'invites',
  'users',
  'accounts',
  'transfers',
  'news',
  'newsBodies',
  'activities',
  'signups',
  'certificates',
  'codeIssues',
  'secrets',
  'tickets',
  'ticketPhotos',
  'goods',
  'orders',
  'clerkGuards',
  'events',
  'sessions',
  'departures',
  'bookings',
  'messageReads',
  'subscriptions',
  'requests',
]

const V2_INDEXES: [string, string[]][] = [
  ['transfers', ['debitAccountId', 'type', 'at']],
  ['transfers', ['creditAccountId', 'type', 'at']],
  ['transfers', ['pendingId']],
  ['orders', ['openid', 'status', 'expiresAt']],
  ['orders', ['code', 'status', 'expiresAt']],
  ['orders', ['goodsId', 'status', 'expiresAt']],
  ['orders', ['shopId', 'status', 'expiresAt']],
  ['activities', ['communityId']],
  ['activities', ['startAt']],
  ['activities', ['createdBy']],
  ['activities', ['cancelled', 'startAt']],
  ['activities', ['streetId', 'cancelled', 'startAt']],
  ['signups', ['activityId', 'openid']],
  ['signups', ['openid']],
  ['signups', ['manualBy']],
  ['certificates', ['openid']],
  ['tickets', ['communityId', 'status', 'dueAt']],
  ['tickets', ['communityId', 'status', 'createdAt']],
  ['tickets', ['reporterId']],
  ['tickets', ['requestKey']],
  ['tickets', ['day']],
  ['tickets', ['status']],
  ['bookings', ['openid']],
  ['bookings', ['code']],
  ['bookings', ['eventId', 'examTicket']],
  ['bookings', ['linkedBookingId', 'status']],
  ['messageReads', ['openid']],
  ['subscriptions', ['openid']],
  ['requests', ['caller']],
  ['requests', ['at']],
  ['sessions', ['eventId']],
  ['goods', ['shopId']],
]

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'a table per collection, and the id sequence',
    statements: [...V1_TABLES.map(table), `CREATE SEQUENCE IF NOT EXISTS ${ident(ID_SEQUENCE)}`],
  },
  {
    version: 2,
    name: 'the declared indexes of src/cloud/db/schema.ts',
    statements: V2_INDEXES.map(([collection, fields]) => index(collection, fields)),
  },
]

/** Every table and index the migrations create (for the coverage test). */
export const MIGRATED = {
  tables: V1_TABLES,
  indexes: V2_INDEXES,
}
