import fc from 'fast-check'

import { createDatabase, UnindexedQueryError, type Database } from '../database'
import { createMemoryStorage, type KeyValueStorage } from '../storage'

interface Item {
  _id: string
  owner: string
  kind?: 'a' | 'b'
  at: number
}
interface Tag {
  _id: string
  text: string
}
interface TestCollections {
  items: Item
  tags: Tag
}

const INDEXES = { items: [['owner', 'kind', 'at'], ['at']] }

function setup(options: { indexed?: boolean; storage?: KeyValueStorage } = {}) {
  const storage = options.storage ?? createMemoryStorage()
  const db: Database<TestCollections> = createDatabase<TestCollections>(
    storage,
    ['items', 'tags'],
    [],
    options.indexed === false ? {} : { indexes: INDEXES, indexed: ['items'], strict: true },
  )
  db.open(0)
  return { db, storage }
}

const byId = (docs: Item[]) => [...docs].sort((a, b) => (a._id < b._id ? -1 : a._id > b._id ? 1 : 0))
const ids = (docs: { _id: string }[]) => docs.map((d) => d._id)

async function scan(db: Database<TestCollections>, keep: (i: Item) => boolean) {
  return byId((await db.query('items')).filter(keep))
}

test('should find inserted, updated and removed documents through the index as a scan does', async () => {
  const { db } = setup()
  await db.insert('items', { _id: 'i1', owner: 'x', kind: 'a', at: 3 })
  await db.insert('items', { _id: 'i2', owner: 'x', kind: 'b', at: 1 })
  await db.insert('items', { _id: 'i3', owner: 'y', kind: 'a', at: 2 })
  await db.update('items', 'i3', { owner: 'x' })
  await db.update('items', 'i1', { kind: undefined })
  await db.remove('items', 'i2')
  await db.set('items', { _id: 'i4', owner: 'x', kind: 'a', at: 9 })

  expect(ids(byId(await db.query('items', { owner: 'x' })))).toEqual(['i1', 'i3', 'i4'])
  expect(ids(byId(await db.query('items', { owner: 'x', kind: 'a' })))).toEqual(['i3', 'i4'])
  expect(await db.query('items', { owner: 'y' })).toEqual([])
  expect(byId(await db.query('items', { owner: 'x' }))).toEqual(await scan(db, (i) => i.owner === 'x'))
})

test('should leave the indexes as they were when a transaction rolls back', async () => {
  const { db } = setup()
  await db.insert('items', { _id: 'i1', owner: 'x', kind: 'a', at: 1 })
  await expect(
    db.transaction(async (tx) => {
      await tx.insert('items', { _id: 'i2', owner: 'x', kind: 'a', at: 2 })
      await tx.update('items', 'i1', { owner: 'z' })
      expect(ids(await tx.query('items', { owner: 'x' }))).toEqual(['i2'])
      throw new Error('boom')
    }),
  ).rejects.toThrow('boom')

  expect(ids(await db.query('items', { owner: 'x' }))).toEqual(['i1'])
  expect(await db.query('items', { owner: 'z' })).toEqual([])
})

test('should leave the indexes as they were when storing the commit fails', async () => {
  const inner = createMemoryStorage()
  let fail = false
  const storage: KeyValueStorage = {
    getItem: (key) => inner.getItem(key),
    removeItem: (key) => inner.removeItem(key),
    setItem(key, value) {
      if (fail) throw new Error('QuotaExceededError')
      inner.setItem(key, value)
    },
  }
  const { db } = setup({ storage })
  await db.insert('items', { _id: 'i1', owner: 'x', kind: 'a', at: 1 })
  fail = true
  await expect(db.update('items', 'i1', { owner: 'z' })).rejects.toThrow()

  expect(ids(await db.query('items', { owner: 'x' }))).toEqual(['i1'])
  expect(await db.query('items', { owner: 'z' })).toEqual([])
})

test('should see the transaction’s own staged writes in an indexed, ordered, limited query', async () => {
  const { db } = setup()
  for (let i = 0; i < 5; i += 1) await db.insert('items', { _id: `i${i}`, owner: 'x', kind: 'a', at: i })
  const seen = await db.transaction(async (tx) => {
    await tx.insert('items', { _id: 'new', owner: 'x', kind: 'a', at: 10 })
    await tx.remove('items', 'i4')
    await tx.update('items', 'i3', { at: -1 })
    return tx.query('items', { owner: 'x', kind: 'a' }, { orderBy: [['at', 'desc']], limit: 3 })
  })
  expect(ids(seen)).toEqual(['new', 'i2', 'i1'])
})

test('should rebuild the indexes from storage when the database opens', async () => {
  const { storage } = setup()
  const first = setup({ storage })
  await first.db.insert('items', { _id: 'i1', owner: 'x', kind: 'a', at: 1 })
  await first.db.insert('items', { _id: 'i2', owner: 'y', kind: 'a', at: 2 })

  const { db } = setup({ storage })
  expect(ids(await db.query('items', { owner: 'y' }))).toEqual(['i2'])
})

test('should order by the index fields and the id, limit, and page on with a keyset `after`', async () => {
  const { db } = setup()
  const ats = [5, 3, 5, 1, 9, 3, 7]
  for (const [i, at] of ats.entries()) await db.insert('items', { _id: `i${i}`, owner: 'x', kind: 'a', at })
  await db.insert('items', { _id: 'other', owner: 'y', kind: 'a', at: 4 })
  const orderBy = [
    ['at', 'desc'],
    ['_id', 'desc'],
  ] as const
  const first = await db.query('items', { owner: 'x', kind: 'a' }, { orderBy, limit: 3 })
  expect(ids(first)).toEqual(['i4', 'i6', 'i2'])
  const last = first[first.length - 1]
  const next = await db.query(
    'items',
    { owner: 'x', kind: 'a' },
    { orderBy, limit: 3, after: [last.at, last._id] },
  )
  expect(ids(next)).toEqual(['i0', 'i5', 'i1'])
  const asc = await db.query('items', { owner: 'x' }, { orderBy: [['at', 'asc']], limit: 2 })
  expect(asc.map((i) => i.at)).toEqual([1, 3])
})

test('should answer a range on an indexed field from the index', async () => {
  const { db } = setup()
  for (let i = 0; i < 10; i += 1) await db.insert('items', { _id: `i${i}`, owner: `o${i % 3}`, at: i * 10 })
  const found = await db.query('items', {}, { range: { at: { gte: 25, lt: 70 } }, orderBy: [['at', 'asc']] })
  expect(found.map((i) => i.at)).toEqual([30, 40, 50, 60])
  const bounded = await db.query('items', { owner: 'o0' }, { range: { at: { gt: 0 } } })
  expect(byId(bounded).map((i) => i.at)).toEqual([30, 60, 90])
})

test('should refuse, under strict mode, a filtered query that no declared index serves', async () => {
  const { db } = setup()
  await db.insert('items', { _id: 'i1', owner: 'x', kind: 'a', at: 1 })
  await expect(db.query('items', { kind: 'a' })).rejects.toBeInstanceOf(UnindexedQueryError)
  expect(await db.query('items')).toHaveLength(1)
  await db.insert('tags', { _id: 't', text: 'small collection' })
  expect(await db.query('tags', { text: 'small collection' })).toHaveLength(1)
})

type Op =
  | { op: 'insert'; id: number; owner: number; kind: 'a' | 'b' | undefined; at: number }
  | { op: 'update'; id: number; owner?: number; at?: number }
  | { op: 'remove'; id: number }
  | { op: 'fail'; id: number; owner: number }

const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    op: fc.constant('insert' as const),
    id: fc.nat(30),
    owner: fc.nat(3),
    kind: fc.constantFrom('a' as const, 'b' as const, undefined),
    at: fc.integer({ min: -5, max: 20 }),
  }),
  fc.record(
    {
      op: fc.constant('update' as const),
      id: fc.nat(30),
      owner: fc.nat(3),
      at: fc.integer({ min: -5, max: 20 }),
    },
    { requiredKeys: ['op', 'id'] },
  ),
  fc.record({ op: fc.constant('remove' as const), id: fc.nat(30) }),
  fc.record({ op: fc.constant('fail' as const), id: fc.nat(30), owner: fc.nat(3) }),
)

async function run(db: Database<TestCollections>, ops: Op[]) {
  for (const o of ops) {
    const id = `i${String(o.id).padStart(2, '0')}`
    await db
      .transaction(async (tx) => {
        const found = await tx.get('items', id)
        if (o.op === 'insert' && !found) {
          await tx.insert('items', { _id: id, owner: `o${o.owner}`, kind: o.kind, at: o.at })
        } else if (o.op === 'update' && found) {
          const patch: Partial<Item> = {}
          if (o.owner !== undefined) patch.owner = `o${o.owner}`
          if (o.at !== undefined) patch.at = o.at
          await tx.update('items', id, patch)
        } else if (o.op === 'remove') {
          await tx.remove('items', id)
        } else if (o.op === 'fail') {
          await tx.set('items', { _id: id, owner: `o${o.owner}`, at: 0 })
          throw new Error('rolled back')
        }
      })
      .catch(() => undefined)
  }
}

test('should return, after any sequence of writes and rollbacks, what a scan of the data returns', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.array(opArb, { maxLength: 40 }),
      fc.nat(3),
      fc.constantFrom('a' as const, 'b' as const),
      fc.integer({ min: 1, max: 6 }),
      fc.integer({ min: -5, max: 20 }),
      async (ops, owner, kind, limit, from) => {
        const indexed = setup().db
        const plain = setup({ indexed: false }).db
        await run(indexed, ops)
        await run(plain, ops)
        const where = { owner: `o${owner}` }
        expect(byId(await indexed.query('items', where))).toEqual(byId(await plain.query('items', where)))
        expect(byId(await indexed.query('items', { ...where, kind }))).toEqual(
          byId(await plain.query('items', { ...where, kind })),
        )
        const orderBy = [
          ['at', 'desc'],
          ['_id', 'desc'],
        ] as const
        expect(await indexed.query('items', where, { orderBy, limit })).toEqual(
          await plain.query('items', where, { orderBy, limit }),
        )
        const range = { at: { gte: from } }
        expect(
          await indexed.query(
            'items',
            {},
            {
              range,
              orderBy: [
                ['at', 'asc'],
                ['_id', 'asc'],
              ],
            },
          ),
        ).toEqual(
          await plain.query(
            'items',
            {},
            {
              range,
              orderBy: [
                ['at', 'asc'],
                ['_id', 'asc'],
              ],
            },
          ),
        )
      },
    ),
    { numRuns: 150 },
  )
})
