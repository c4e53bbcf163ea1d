import { createDatabase, type Database } from '../database'
import { CHUNK_SPLIT, META_KEY, PersistError, utf8Bytes } from '../persistence'
import { createMemoryStorage, type KeyValueStorage, type MemoryStorage } from '../storage'

interface Transfer {
  _id: string
  type: 'single'
  debitAccountId: string
  creditAccountId: string
  amount: number
  kind: string
  reason: string
  at: number
}
interface Note {
  _id: string
  text: string
}
interface Photo {
  _id: string
  photos: string[]
}
interface TestCollections {
  transfers: Transfer
  notes: Note
  photos: Photo
}

const transfer = (i: number): Transfer => ({
  _id: `tr-${String(i).padStart(8, '0')}`,
  type: 'single',
  debitAccountId: 'issuer:jincheng',
  creditAccountId: `acc-${i % 50}`,
  amount: 10 + (i % 7),
  kind: 'earn',
  reason: '参加志愿服务「河道清理」获得积分',
  at: 1_784_512_200_000 + i * 60_000,
})

/** Counts the characters written, per key, between `reset` calls. */
function countingStorage(inner: MemoryStorage) {
  const written = new Map<string, number>()
  const storage: MemoryStorage = {
    getItem: (key) => inner.getItem(key),
    removeItem: (key) => inner.removeItem(key),
    setItem(key, value) {
      written.set(key, (written.get(key) ?? 0) + utf8Bytes(value))
      inner.setItem(key, value)
    },
    keys: () => inner.keys(),
  }
  const total = () => [...written.values()].reduce((a, b) => a + b, 0)
  return { storage, written, total, reset: () => written.clear() }
}

function open(storage: KeyValueStorage) {
  const db: Database<TestCollections> = createDatabase<TestCollections>(
    storage,
    ['transfers', 'notes', 'photos'],
    ['photos'],
  )
  db.open(0)
  return db
}

async function fill(db: Database<TestCollections>, from: number, to: number) {
  for (let start = from; start < to; start += 500) {
    await db.transaction(async (tx) => {
      for (let i = start; i < Math.min(to, start + 500); i += 1) await tx.insert('transfers', transfer(i))
    })
  }
}

const largestValue = (storage: MemoryStorage) =>
  Math.max(...storage.keys().map((key) => utf8Bytes(storage.getItem(key) ?? '')))

test('should keep every key far below 1 MB with 10k transfers, and load them all back in order', async () => {
  const storage = createMemoryStorage()
  await fill(open(storage), 0, 10_000)

  expect(largestValue(storage)).toBeLessThanOrEqual(CHUNK_SPLIT)
  const keys = storage.keys().filter((key) => key.startsWith('linli:v2:transfers:'))
  expect(keys.length).toBeGreaterThan(10)
  expect(keys.length).toBeLessThan(100)
  const again = open(storage)
  const loaded = await again.query('transfers')
  expect(loaded).toHaveLength(10_000)
  expect(loaded.map((t) => t._id)).toEqual(Array.from({ length: 10_000 }, (_, i) => transfer(i)._id))
})

test('should write about as many bytes for one insert or update at 10k documents as at 1k', async () => {
  const bytesOfOneWrite = async (size: number) => {
    const counting = countingStorage(createMemoryStorage())
    const db = open(counting.storage)
    await fill(db, 0, size)
    counting.reset()
    await db.insert('transfers', transfer(size))
    const insert = counting.total()
    counting.reset()
    await db.update('transfers', transfer(7)._id, { reason: '更正' })
    return { insert, update: counting.total() }
  }

  const small = await bytesOfOneWrite(1_000)
  const large = await bytesOfOneWrite(10_000)

  expect(large.insert).toBeLessThan(100_000)
  expect(large.update).toBeLessThan(100_000)
  expect(large.insert).toBeLessThan(small.insert * 2)
  expect(large.update).toBeLessThan(small.update * 2)
})

test('should split a chunk that updates grow past the bound, keeping the documents and their order', async () => {
  const storage = createMemoryStorage()
  const db = open(storage)
  await db.transaction(async (tx) => {
    for (let i = 0; i < 40; i += 1) await tx.insert('notes', { _id: `n${i}`, text: 'x' })
  })
  await db.transaction(async (tx) => {
    for (let i = 0; i < 40; i += 1) await tx.update('notes', `n${i}`, { text: '长'.repeat(3_000) })
  })

  const chunks = storage.keys().filter((key) => key.startsWith('linli:v2:notes:'))
  expect(chunks.length).toBeGreaterThan(1)
  for (const key of chunks) expect((storage.getItem(key) ?? '').length).toBeLessThanOrEqual(CHUNK_SPLIT)
  expect((await open(storage).query('notes')).map((n) => n._id)).toEqual(
    Array.from({ length: 40 }, (_, i) => `n${i}`),
  )
})

test('should drop a chunk that its last document left, and list only live chunks in the meta', async () => {
  const storage = createMemoryStorage()
  const db = open(storage)
  await db.insert('notes', { _id: 'n1', text: 'only' })
  await db.remove('notes', 'n1')

  expect(storage.keys().filter((key) => key.startsWith('linli:v2:notes:'))).toEqual([])
  expect(JSON.parse(storage.getItem(META_KEY) ?? '{}').chunks.notes).toEqual([])
  expect(await open(storage).query('notes')).toEqual([])
})

test('should keep documents of a collection apart one key each, read only when asked for', async () => {
  const inner = createMemoryStorage()
  const read: string[] = []
  const storage: KeyValueStorage = {
    getItem: (key) => (read.push(key), inner.getItem(key)),
    setItem: (key, value) => inner.setItem(key, value),
    removeItem: (key) => inner.removeItem(key),
  }
  const db = open(storage)
  await db.insert('photos', { _id: 't1', photos: ['data:image/png;base64,AAAA'] })
  await db.insert('notes', { _id: 'n1', text: 'record' })

  expect(inner.getItem('linli:v2:photos:@t1')).toContain('AAAA')
  expect(
    inner.keys().some((key) => /^linli:v2:notes:\d+$/.test(key) && inner.getItem(key)?.includes('AAAA')),
  ).toBe(false)
  read.length = 0
  const again = open(storage)
  expect(read).not.toContain('linli:v2:photos:@t1')
  expect(await again.get('photos', 't1')).toEqual({ _id: 't1', photos: ['data:image/png;base64,AAAA'] })
  expect(again.usage().apart.get('photos')?.has('t1')).toBe(true)
  await again.remove('photos', 't1')
  expect(inner.getItem('linli:v2:photos:@t1')).toBeNull()
})

test('should refuse a kept-apart document over its bound, leaving storage as it was', async () => {
  const storage = createMemoryStorage()
  const db = open(storage)
  await db.insert('notes', { _id: 'n1', text: 'kept' })
  const before = storage.keys().map((key) => [key, storage.getItem(key)])

  const failed = db.insert('photos', { _id: 'huge', photos: ['A'.repeat(700_000)] })

  await expect(failed).rejects.toBeInstanceOf(PersistError)
  expect(storage.keys().map((key) => [key, storage.getItem(key)])).toEqual(before)
  expect(await db.get('photos', 'huge')).toBeNull()
})

test('should let two databases over one storage interleave writes without losing any', async () => {
  const storage = createMemoryStorage()
  const a = open(storage)
  const b = open(storage)

  await Promise.all(
    Array.from({ length: 30 }, (_, i) =>
      (i % 2 === 0 ? a : b).transaction(async (tx) => {
        const id = tx.newId('n')
        await tx.query('notes')
        await tx.insert('notes', { _id: id, text: `from ${i % 2 === 0 ? 'a' : 'b'} ${i}` })
      }),
    ),
  )

  const texts = (await open(storage).query('notes')).map((n) => n.text)
  expect(texts).toHaveLength(30)
  expect(new Set(texts).size).toBe(30)
  expect((await a.query('notes')).length).toBe(30)
})
