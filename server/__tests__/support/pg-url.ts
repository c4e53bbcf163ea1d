/** The test database: DATABASE_URL, else the cluster of scripts/pg.sh (database `linli_test`). */
export function testDatabaseUrl(): string {
  return process.env.DATABASE_URL ?? `postgres://linli@127.0.0.1:${process.env.PGPORT ?? '54329'}/linli_test`
}
