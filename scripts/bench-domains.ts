/**
 * `npm run bench:domains [-- 100,1000,5000]` — what the newer domains' reads cost as their data grows.
 *
 * One cloud per size N, seeded with the district demo data, then filled straight through its database:
 * - 居民议事: N questions in 新华社区 (every status, titles varied), 3·N supports on them, a third of
 *   them this month. Timed: `council.list` (first page, by support), `council.board` (the community;
 *   it counts every question and this month's supports), `council.similar` (bigram match over the
 *   open ones) and `council.support` (a write, a fresh resident each time).
 * - 物业红黑榜: N scores in June over the three seeded companies (N residents). Timed: the first
 *   `property.monthly` of June (computes the month from every score in the district and stores it;
 *   one sample per size) and the next reads (stored).
 * - 零工驿站: N recruiting posts spread over the communities. Timed: `gigs.list` (first page, nearest
 *   first: every recruiting post is read and sorted by distance).
 * Reads are timed warm (after two unmeasured calls), the median of up to 15 calls through
 * `callFunction`, on the in-memory device store (the embedded app's).
 */
import { assembleCloud, createMemoryStorage } from '../src/cloud/index'
import { openAccount } from '../src/cloud/ledger/accounts'
import { COUNCIL_CATEGORIES, type QuestionStatus } from '../src/contract/council'
import { median, ms, printTable } from './bench-lib'

const NOW = Date.UTC(2026, 6, 20, 1, 30)
const DAY = 86_400_000
const COMMUNITY = 'jc-xinhua'
const STREET = 'jincheng'
const STATUSES: QuestionStatus[] = [
  'raised',
  'raised',
  'pending',
  'evaluating',
  'accepted',
  'done',
  'rejected',
]
const WORDS = ['停车', '垃圾', '路灯', '电梯', '绿化', '噪音', '快递', '充电', '健身', '食堂', '楼道', '排水']
const COMMUNITIES = ['jc-xinhua', 'jc-guanghe', 'jy-longxing', 'jy-dianyuan', 'jy-nanmen', 'jy-liuhang']

const profile = (openid: string, accountId: string, estateId?: string) => ({
  _id: openid,
  accountId,
  profile: {
    name: '居民测试',
    phone: '13900000000',
    communityId: COMMUNITY,
    ...(estateId ? { estateId } : {}),
  },
  roles: ['resident' as const],
  elderMode: false,
  createdAt: NOW - 400 * DAY,
})

async function build(n: number) {
  const { cloud, db, ready } = assembleCloud({ storage: createMemoryStorage(), now: () => NOW, seed: true })
  await ready()
  const call = async (openid: string, name: string, data: Record<string, unknown>) => {
    const { result } = await cloud.callFunction({ name, data: data as { action: string } }, { openid })
    if (!result.ok) throw new Error(`${name}.${data.action}: ${result.error.code} ${result.error.message}`)
    return result.data
  }
  // Load every subpackage's seed part (the app does on its first call after the subpackage loads).
  await call('bench-warm', 'council', { action: 'categories' })

  await db.transaction(async (tx) => {
    for (let i = 0; i < 40; i += 1) {
      const account = await openAccount(tx, { type: 'resident', at: NOW - 400 * DAY })
      await tx.insert('users', profile(`bench-r-${i}`, account._id, 'est-xinhuayuan'))
    }
  })
  await db.transaction(async (tx) => {
    for (let i = 0; i < n; i += 1) {
      const status = STATUSES[i % STATUSES.length]
      const createdAt = NOW - (i % 700) * DAY - i
      await tx.insert('questions', {
        _id: `q-bench-${i}`,
        communityId: COMMUNITY,
        streetId: STREET,
        authorId: `bench-author-${i % 500}`,
        title: `${WORDS[i % WORDS.length]}${WORDS[(i * 7) % WORDS.length]}问题第${i}号`,
        description: '小区里的这件事希望社区帮忙协调解决。',
        category: COUNCIL_CATEGORIES[i % COUNCIL_CATEGORIES.length].id,
        photoCount: 0,
        status,
        supports: 3,
        threshold: 10,
        createdAt,
        round: status === 'done' ? 1 : 0,
        ratings: { satisfied: 0, basic: 0, unsatisfied: 0 },
        ratingsTotal: { satisfied: i % 3, basic: 1, unsatisfied: 0 },
      })
      for (let s = 0; s < 3; s += 1) {
        await tx.insert('supports', {
          _id: `s-bench-${i}-${s}`,
          questionId: `q-bench-${i}`,
          openid: `bench-supporter-${(i * 3 + s) % 5000}`,
          communityId: COMMUNITY,
          streetId: STREET,
          at: s === 0 ? NOW - (i % 15) * DAY : NOW - 60 * DAY,
        })
      }
    }
  })
  await db.transaction(async (tx) => {
    const companies = ['co-xinyi', 'co-longze', 'co-hengan']
    for (let i = 0; i < n; i += 1) {
      const v = 1 + (i % 5)
      await tx.insert('propertyScores', {
        _id: `ps-bench-${i}`,
        companyId: companies[i % 3],
        month: '2026-06',
        openid: `bench-scorer-${i}`,
        items: { cleaning: v, order: 6 - v, repair: 3, greening: v, openness: 4 },
        at: Date.UTC(2026, 5, 1 + (i % 28)),
      })
    }
  })
  await db.transaction(async (tx) => {
    for (let i = 0; i < n; i += 1) {
      const communityId = COMMUNITIES[i % COMMUNITIES.length]
      const startAt = NOW + (1 + (i % 20)) * DAY
      await tx.insert('jobs', {
        _id: `job-bench-${i}`,
        employerId: 'emp-xh-bianmin',
        postedBy: 'bench-employer',
        trade: 'cleaning' as never,
        title: `保洁帮工第${i}号`,
        description: '打扫楼道和单元门厅，工具由我方提供。',
        communityId,
        streetId: communityId.startsWith('jc') ? 'jincheng' : 'jiyang',
        address: '小区东门集合',
        startAt,
        endAt: startAt + 4 * 3_600_000,
        pay: { amount: 35, unit: 'hour' },
        belowGuide: false,
        headcount: 3,
        accepted: 0,
        deadline: startAt - 3_600_000,
        status: 'recruiting',
        createdAt: NOW - (i % 10) * DAY,
      })
    }
  })
  return { call }
}

async function once(run: () => Promise<unknown>): Promise<number> {
  const t = performance.now()
  await run()
  return performance.now() - t
}

async function main() {
  const sizes = (process.argv[2] ?? '100,1000,5000').split(',').map(Number)
  const rows: Record<string, string[]> = {
    'council.list (first page)': [],
    'council.board (community)': [],
    'council.similar': [],
    'council.support (write)': [],
    'property.monthly (first read, computes)': [],
    'property.monthly (stored)': [],
    'gigs.list (nearest first, first page)': [],
  }
  for (const n of sizes) {
    const t = performance.now()
    const b = await build(n)
    process.stderr.write(`built ${n} in ${((performance.now() - t) / 1000).toFixed(1)} s\n`)
    const resident = 'bench-r-0'
    rows['council.list (first page)'].push(
      ms(await median(() => b.call(resident, 'council', { action: 'list', sort: 'support', limit: 20 }))),
    )
    rows['council.board (community)'].push(
      ms(await median(() => b.call(resident, 'council', { action: 'board' }))),
    )
    rows['council.similar'].push(
      ms(await median(() => b.call(resident, 'council', { action: 'similar', title: '晚上停车太难了' }))),
    )
    rows['council.support (write)'].push(
      ms(
        await median((i) =>
          b.call(`bench-r-${i + 1}`, 'council', {
            action: 'support',
            questionId: `q-bench-${7 * (i % Math.floor(n / 7))}`,
          }),
        ),
      ),
    )
    const monthly = () =>
      b.call(resident, 'property', { action: 'monthly', companyId: 'co-xinyi', month: '2026-06' })
    rows['property.monthly (first read, computes)'].push(ms(await once(monthly)))
    rows['property.monthly (stored)'].push(ms(await median(monthly)))
    rows['gigs.list (nearest first, first page)'].push(
      ms(await median(() => b.call(resident, 'gigs', { action: 'list', sort: 'distance', limit: 20 }))),
    )
  }
  printTable(sizes, rows)
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
