/**
 * Storage figures for issue 11: the largest key, the bytes one write stores, and the load time,
 * with 1k and 10k transfers in the database (UTF-8 bytes).
 *
 *   npx esbuild scripts/measure-storage.ts --bundle --platform=node --outfile=/tmp/measure-storage.js && node /tmp/measure-storage.js
 */
import { performance } from 'node:perf_hooks'
import { createDatabase } from '../src/cloud/db/database'
import { utf8Bytes } from '../src/cloud/db/persistence'
import { COLLECTIONS, APART_COLLECTIONS, type Collections } from '../src/cloud/db/schema'
import { createMemoryStorage } from '../src/cloud/db/storage'

const transfer = (i: number): Collections['transfers'] => ({
  _id: `tr-${String(i).padStart(8, '0')}`,
  type: 'single',
  debitAccountId: 'issuer:jincheng',
  creditAccountId: `acct-${String(i % 50).padStart(8, '0')}`,
  amount: 10 + (i % 7),
  kind: 'earn',
  reason: '参加志愿服务「河道清理」获得积分',
  ref: { type: 'signup', id: `signup-${String(i).padStart(8, '0')}` },
  at: 1_784_512_200_000 + i * 60_000,
})

async function measure(size: number) {
  const inner = createMemoryStorage()
  let written = 0
  const storage = {
    ...inner,
    setItem: (k: string, v: string) => ((written += utf8Bytes(v)), inner.setItem(k, v)),
  }
  const db = createDatabase<Collections>(storage, COLLECTIONS, APART_COLLECTIONS)
  db.open(0)
  for (let start = 0; start < size; start += 1000) {
    await db.transaction(async (tx) => {
      for (let i = start; i < Math.min(size, start + 1000); i += 1) await tx.insert('transfers', transfer(i))
    })
  }
  written = 0
  await db.insert('transfers', transfer(size))
  const insert = written
  written = 0
  await db.set('users', {
    _id: 'u',
    accountId: 'a',
    profile: null,
    roles: ['resident'],
    elderMode: false,
    createdAt: 0,
  })
  const smallCollection = written
  const keys = inner.keys()
  const largest = Math.max(...keys.map((k) => utf8Bytes(inner.getItem(k) ?? '')))
  const runs: number[] = []
  for (let r = 0; r < 5; r += 1) {
    const t = performance.now()
    const again = createDatabase<Collections>(inner, COLLECTIONS, APART_COLLECTIONS)
    again.open(0)
    runs.push(performance.now() - t)
  }
  runs.sort((a, b) => a - b)
  return { size, keys: keys.length, largest, insert, smallCollection, load: runs[2] }
}

async function main() {
  console.log(
    'transfers | keys | largest key (B) | one insert into transfers (B) | one write elsewhere (B) | load (ms, median of 5)',
  )
  for (const size of [1_000, 10_000, 50_000]) {
    const m = await measure(size)
    console.log(
      `${m.size} | ${m.keys} | ${m.largest} | ${m.insert} | ${m.smallCollection} | ${m.load.toFixed(1)}`,
    )
  }
}

void main()
