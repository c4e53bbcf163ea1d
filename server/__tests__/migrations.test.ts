import { COLLECTIONS, INDEXES } from '../../src/cloud/db/schema'
import { MIGRATED, MIGRATIONS } from '../src/migrations'
import { selectSql } from '../src/store'

test('should migrate a table for every collection and an index for every declared index', () => {
  expect([...MIGRATED.tables].sort()).toEqual([...COLLECTIONS].sort())
  const declared = Object.entries(INDEXES).flatMap(([name, list]) =>
    (list as readonly (readonly string[])[]).map((fields) => `${name}(${fields.join(',')})`),
  )
  const migrated = MIGRATED.indexes.map(([name, fields]) => `${name}(${fields.join(',')})`)
  expect(migrated.sort()).toEqual(declared.sort())
})

test('should number the migrations 1, 2, … in order', () => {
  expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1))
})

test('should translate a keyset page into one SQL query with the fields as literals (for the indexes)', () => {
  const { text, values } = selectSql(
    'orders',
    { openid: 'o-1', status: 'pending' },
    { orderBy: [['expiresAt', 'desc']], after: [1000], limit: 20, range: { expiresAt: { lt: 5000 } } },
  )
  expect(text).toBe(
    `SELECT body FROM "orders" WHERE (doc -> 'openid') = $1::jsonb AND (doc -> 'status') = $2::jsonb` +
      ` AND jsonb_typeof((doc -> 'expiresAt')) IN ('string', 'number') AND (doc -> 'expiresAt') < $3::jsonb` +
      ` AND ((((doc -> 'expiresAt') < $4::jsonb OR (doc -> 'expiresAt') IS NULL)))` +
      ` ORDER BY (doc -> 'expiresAt') DESC NULLS LAST, _id DESC LIMIT $5::bigint`,
  )
  expect(values).toEqual(['"o-1"', '"pending"', '5000', '1000', 20])
})
