import { createDatabase, type Database } from '../database'
import { META_KEY, PersistError, chunkKey } from '../persistence'
import { createMemoryStorage, type KeyValueStorage, type MemoryStorage } from '../storage'

interface Counter {
  _id: string
  value: number
}
interface Note {
  _id: string
  text: string
  tag?: string
}
interface TestCollections {
  counters: Counter
  notes: Note
}

function setupDb(storage: KeyValueStorage = createMemoryStorage()) {
  const db: Database<TestCollections> = createDatabase<TestCollections>(storage, ['counters', 'notes'])
  db.open(0)
  return { db, storage }
}

function failingStorage(inner: MemoryStorage) {
  const state = { failOn: null as string | null }
  const storage: KeyValueStorage = {
    getItem: (key) => inner.getItem(key),
    removeItem: (key) => inner.removeItem(key),
    setItem(key, value) {
      if (state.failOn !== null && key === state.failOn) throw new Error('QuotaExceededError')
      inner.setItem(key, value)
    },
  }
  return { storage, state }
}

test('should roll back every staged write when the transaction throws', async () => {
  const { db, storage } = setupDb()
  await db.insert('counters', { _id: 'c', value: 1 })
  const before = storage.getItem(chunkKey('counters', 0))

  await expect(
    db.transaction(async (tx) => {
      await tx.update('counters', 'c', { value: 2 })
      await tx.insert('notes', { _id: 'n', text: 'staged' })
      expect(await tx.get('counters', 'c')).toEqual({ _id: 'c', value: 2 })
      throw new Error('boom')
    }),
  ).rejects.toThrow('boom')

  expect(await db.get('counters', 'c')).toEqual({ _id: 'c', value: 1 })
  expect(await db.get('notes', 'n')).toBeNull()
  expect(storage.getItem(chunkKey('counters', 0))).toBe(before)
  expect(storage.getItem(chunkKey('notes', 0))).toBeNull()
})

test('should run transactions one at a time so read-modify-write never loses an update', async () => {
  const { db } = setupDb()
  await db.insert('counters', { _id: 'c', value: 0 })
  const log: string[] = []
  const increment = (name: string) =>
    db.transaction(async (tx) => {
      log.push(`${name}:read`)
      const counter = await tx.get('counters', 'c')
      await tx.query('notes')
      log.push(`${name}:write`)
      await tx.update('counters', 'c', { value: (counter?.value ?? 0) + 1 })
    })

  await Promise.all(['a', 'b', 'c', 'd'].map(increment))

  expect((await db.get('counters', 'c'))?.value).toBe(4)
  expect(log).toEqual(['a:read', 'a:write', 'b:read', 'b:write', 'c:read', 'c:write', 'd:read', 'd:write'])
})

test('should lose updates when the same read-modify-write runs without a transaction', async () => {
  const { db } = setupDb()
  await db.insert('counters', { _id: 'c', value: 0 })
  const increment = async () => {
    const counter = await db.get('counters', 'c')
    await db.update('counters', 'c', { value: (counter?.value ?? 0) + 1 })
  }

  await Promise.all([increment(), increment(), increment(), increment()])

  expect((await db.get('counters', 'c'))?.value).toBeLessThan(4)
})

test('should persist only on commit, per collection chunk, under versioned keys with a meta key', async () => {
  const { db, storage } = setupDb()
  let seenDuring: string | null = 'unset'

  await db.transaction(async (tx) => {
    await tx.insert('notes', { _id: 'n1', text: '你好' })
    seenDuring = storage.getItem(chunkKey('notes', 0))
  })

  expect(seenDuring).toBeNull()
  expect(JSON.parse(storage.getItem(chunkKey('notes', 0)) ?? '')).toEqual([{ _id: 'n1', text: '你好' }])
  expect(chunkKey('notes', 0)).toBe('linli:v2:notes:0')
  expect(JSON.parse(storage.getItem(META_KEY) ?? '')).toMatchObject({
    version: 2,
    collections: ['notes'],
    chunks: { notes: [0] },
  })
  expect(storage.getItem(chunkKey('counters', 0))).toBeNull()
})

test('should let a second database over the same storage see everything the first committed', async () => {
  const { db, storage } = setupDb()
  await db.insert('notes', { _id: 'n1', text: 'one', tag: 'x' })
  await db.update('notes', 'n1', { tag: undefined })
  await db.insert('counters', { _id: 'c', value: 7 })
  const firstId = db.newId('n')
  await db.insert('notes', { _id: firstId, text: 'numbered' })

  const second = createDatabase<TestCollections>(storage, ['counters', 'notes'])
  expect(second.open(0)).toBe('loaded')
  await second.insert('notes', { _id: 'n2', text: 'two' })

  expect(await second.query('notes')).toEqual([
    { _id: 'n1', text: 'one' },
    { _id: firstId, text: 'numbered' },
    { _id: 'n2', text: 'two' },
  ])
  expect(await second.get('counters', 'c')).toEqual({ _id: 'c', value: 7 })
  expect(second.newId('n')).not.toBe(firstId)
})

test('should hand out ids that are never reused, even after a rollback', async () => {
  const { db } = setupDb()
  let rolledBack = ''
  await db
    .transaction(async (tx) => {
      rolledBack = tx.newId('t')
      await tx.insert('notes', { _id: rolledBack, text: 'gone' })
      throw new Error('undo')
    })
    .catch(() => undefined)
  const ids = await Promise.all(Array.from({ length: 20 }, () => db.transaction(async (tx) => tx.newId('t'))))

  expect(new Set([...ids, rolledBack]).size).toBe(21)
})

test('should fail a commit whose storage write throws, restoring storage and memory', async () => {
  const inner = createMemoryStorage()
  const { storage, state } = failingStorage(inner)
  const { db } = setupDb(storage)
  await db.insert('notes', { _id: 'n1', text: 'kept' })
  await db.insert('counters', { _id: 'c', value: 1 })
  const before = JSON.stringify(inner.keys().map((k) => [k, inner.getItem(k)]))
  state.failOn = chunkKey('notes', 0)

  const failed = db.transaction(async (tx) => {
    await tx.update('counters', 'c', { value: 2 })
    await tx.insert('notes', { _id: 'n2', text: 'too big' })
  })

  await expect(failed).rejects.toBeInstanceOf(PersistError)
  await expect(failed).rejects.toThrow('存储空间')
  expect(JSON.stringify(inner.keys().map((k) => [k, inner.getItem(k)]))).toBe(before)
  expect(await db.get('counters', 'c')).toEqual({ _id: 'c', value: 1 })
  expect(await db.get('notes', 'n2')).toBeNull()
  state.failOn = null
  await db.insert('notes', { _id: 'n3', text: 'later' })
  expect((await db.query('notes')).map((n) => n._id)).toEqual(['n1', 'n3'])
})

test('should query by field equality over committed and staged documents', async () => {
  const { db } = setupDb()
  await db.insert('notes', { _id: 'n1', text: 'a', tag: 'x' })
  await db.insert('notes', { _id: 'n2', text: 'b', tag: 'y' })

  const seen = await db.transaction(async (tx) => {
    await tx.insert('notes', { _id: 'n3', text: 'c', tag: 'x' })
    await tx.remove('notes', 'n1')
    return tx.query('notes', { tag: 'x' })
  })

  expect(seen.map((n) => n._id)).toEqual(['n3'])
})

test('should refuse a duplicate id on insert and an update of a missing document', async () => {
  const { db } = setupDb()
  await db.insert('notes', { _id: 'n1', text: 'a' })

  await expect(db.insert('notes', { _id: 'n1', text: 'b' })).rejects.toThrow('duplicate')
  await expect(db.update('notes', 'nope', { text: 'b' })).rejects.toThrow('no document')
  expect(await db.get('notes', 'n1')).toEqual({ _id: 'n1', text: 'a' })
})
