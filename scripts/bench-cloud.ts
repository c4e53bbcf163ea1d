/**
 * `npm run bench:cloud [-- 100,1000]` — what the cloud's reads and one write cost as the data grows.
 *
 * One cloud per size N (default 100 / 1k / 10k / 50k), seeded with the district demo data, then
 * filled straight through its database (one transaction per collection) so that each collection a
 * row reads holds N documents:
 * - transfers: N in all. The measured resident's own history is the same at every size (one
 *   opening award, 40 volunteer awards, 8 redemptions — 6 posted, 2 voided); the rest belong to
 *   2,000 other residents (earn, pending + post pairs).
 * - orders: N in all. The resident has 10 of their own (confirmed); the rest belong to 2,000 other
 *   residents, 1% of them pending (not yet due), the rest confirmed or expired.
 * - activities: N in all over the past two years (2% cancelled), 200 communities; one is live now
 *   and 30 bench volunteers are signed up to it; each check-in uses a fresh volunteer. The
 *   resident's list (volunteer.list, no filter) shows the seeded and live ones, then the ended.
 * - tickets: N in all. The staff member's community holds 60 live ones (mixed statuses, some
 *   overdue) at every size plus a tenth of the rest as its closed history (a year's tickets of a
 *   busy community at 50k); the others are spread over 200 other communities.
 * Reads are timed warm (after two unmeasured calls) as the median of up to 15 calls through
 * `callFunction`; "write bytes" is what one `shop.redeem` passes to `storage.setItem` (UTF-8 bytes).
 */
import type { OrderDoc, TicketDoc, TransferDoc } from '../src/cloud/db/schema'
import { assembleCloud, createMemoryStorage } from '../src/cloud/index'
import { issuerAccountId, openAccount } from '../src/cloud/ledger/accounts'
import { createTransfer, postPending, voidPending } from '../src/cloud/ledger/transfers'
import { readSecret, shortCodeOf, stepOf } from '../src/cloud/functions/volunteer/codes'
import { median, ms, printTable } from './bench-lib'

const NOW = Date.UTC(2026, 6, 20, 1, 30)
const DAY = 86_400_000
const RESIDENT = 'bench-resident'
const STAFF = 'bench-staff'
const COMMUNITY = 'jc-xinhua'
const STREET = 'jincheng'
const SHOP = 'shop-yj-xinhua'
const GOODS = 'goods-bench'
const LIVE = 'act-bench-live'
const VOLUNTEERS = 30
const OTHERS = 2000

const pad = (n: number) => String(n).padStart(7, '0')

function profileUser(openid: string, accountId: string, extra: object = {}) {
  return {
    _id: openid,
    accountId,
    profile: { name: '测试居民', phone: '13800000000', communityId: COMMUNITY },
    roles: ['resident' as const],
    elderMode: false,
    createdAt: NOW - 400 * DAY,
    ...extra,
  }
}

async function build(n: number) {
  const raw = createMemoryStorage()
  let written = 0
  const storage = {
    getItem: (key: string) => raw.getItem(key),
    removeItem: (key: string) => raw.removeItem(key),
    setItem: (key: string, value: string) => {
      written += Buffer.byteLength(value, 'utf8')
      raw.setItem(key, value)
    },
  }
  const { cloud, db, ready } = assembleCloud({ storage, now: () => NOW, seed: true })
  await ready()

  // The resident, their own history (same at every size), the staff member, the volunteers.
  let own = 0
  await db.transaction(async (tx) => {
    const account = await openAccount(tx, { type: 'resident', at: NOW - 400 * DAY })
    await tx.insert('users', profileUser(RESIDENT, account._id))
    const earn = (amount: number, at: number, i: number) =>
      createTransfer(tx, {
        debitAccountId: issuerAccountId(STREET),
        creditAccountId: account._id,
        amount,
        kind: 'earn',
        reason: `志愿服务：测试活动 ${i}`,
        ref: { type: 'activity', id: `act-own-${i}` },
        at,
      })
    await earn(100_000, NOW - 390 * DAY, 0)
    for (let i = 1; i <= 40; i += 1) await earn(20, NOW - (380 - i * 9) * DAY, i)
    for (let i = 0; i < 8; i += 1) {
      const at = NOW - (300 - i * 30) * DAY
      const pending = await createTransfer(tx, {
        debitAccountId: account._id,
        creditAccountId: `shop:${SHOP}`,
        amount: 30,
        kind: 'redeem',
        reason: '兑换 测试商品 ×1',
        ref: { type: 'order', id: `order-own-${i}` },
        pending: true,
        at,
      })
      if (i < 6) await postPending(tx, pending._id, { at: at + 600_000 })
      else await voidPending(tx, pending._id, { at: at + 1_800_000, reason: '兑换码超时，积分已退回' })
    }
    own = (await tx.query('transfers')).length
    await tx.insert('users', {
      ...profileUser(STAFF, 'acct-none'),
      roles: ['resident', 'staff'],
      staffCommunityId: COMMUNITY,
    })
    for (let i = 0; i < VOLUNTEERS; i += 1) await tx.insert('users', profileUser(`bench-v-${i}`, 'acct-none'))
    await tx.insert('goods', {
      _id: GOODS,
      shopId: SHOP,
      name: '测试商品',
      points: 1,
      stock: 1_000_000_000,
      perPersonLimit: 1_000_000_000,
      order: 99,
      picture: 'tissue',
    })
  })

  // transfers: N in all
  await db.transaction(async (tx) => {
    const existing = (await tx.query('transfers')).length
    for (let i = 0; existing + i < n; i += 1) {
      const account = `acct-o-${i % OTHERS}`
      const at = NOW - 700 * DAY + Math.floor((i / n) * 699 * DAY)
      const base = { amount: 10, reason: '志愿服务：其他活动', at, ref: { type: 'activity', id: `act-${i}` } }
      let doc: TransferDoc
      if (i % 3 === 1) {
        doc = {
          ...base,
          _id: `tr-b-${pad(i)}`,
          type: 'pending',
          debitAccountId: account,
          creditAccountId: `shop:${SHOP}`,
          kind: 'redeem',
        }
      } else if (i % 3 === 2) {
        doc = {
          ...base,
          _id: `tr-b-${pad(i)}`,
          type: 'post',
          debitAccountId: `acct-o-${(i - 1) % OTHERS}`,
          creditAccountId: `shop:${SHOP}`,
          kind: 'redeem',
          pendingId: `tr-b-${pad(i - 1)}`,
        }
      } else {
        doc = {
          ...base,
          _id: `tr-b-${pad(i)}`,
          type: 'single',
          debitAccountId: issuerAccountId(STREET),
          creditAccountId: account,
          kind: 'earn',
        }
      }
      await tx.insert('transfers', doc)
    }
  })

  // orders: N in all, 10 of them the resident's
  await db.transaction(async (tx) => {
    const existing = (await tx.query('orders')).length
    for (let i = 0; existing + i < n; i += 1) {
      const mine = i < 10
      const createdAt = NOW - 700 * DAY + Math.floor((i / n) * 699 * DAY)
      const pending = !mine && i % 100 === 7
      const doc: OrderDoc = {
        _id: `order-b-${pad(i)}`,
        code: String(10_000_000 + ((i * 7919) % 89_999_999)),
        openid: mine ? RESIDENT : `o-${i % OTHERS}`,
        requestId: `req-bench-${pad(i)}`,
        shopId: SHOP,
        shopName: '易捷便利店 新华社区店',
        goodsId: 'goods-other',
        goodsName: '其他商品',
        unitPoints: 10,
        quantity: 1,
        points: 10,
        transferId: `tr-none-${i}`,
        status: pending ? 'pending' : i % 10 === 3 ? 'expired' : 'confirmed',
        createdAt: pending ? NOW - 60_000 : createdAt,
        expiresAt: pending ? NOW + 29 * 60_000 : createdAt + 1_800_000,
        ...(pending ? {} : { closedAt: createdAt + 600_000 }),
      }
      await tx.insert('orders', doc)
    }
  })

  // activities: N in all, the live one (with the volunteers signed up) inserted last
  await db.transaction(async (tx) => {
    const existing = (await tx.query('activities')).length
    const activity = (id: string, startAt: number, communityId: string, cancelled: boolean) => ({
      _id: id,
      title: '测试志愿活动',
      description: '基准测试用的活动',
      place: '社区广场',
      streetId: STREET,
      communityId,
      startAt,
      endAt: startAt + 2 * 3_600_000,
      quota: 50,
      points: 20,
      cancelDeadline: startAt - 2 * 3_600_000,
      signedUp: 0,
      cancelled,
      createdBy: STAFF,
      createdAt: startAt - 7 * DAY,
    })
    for (let i = 0; existing + 1 + i < n; i += 1) {
      const startAt = NOW - 730 * DAY + Math.floor((i / n) * 729 * DAY)
      await tx.insert('activities', activity(`act-b-${pad(i)}`, startAt, `bench-c-${i % 200}`, i % 50 === 0))
    }
    await tx.insert('activities', {
      ...activity(LIVE, NOW - 10 * 60_000, COMMUNITY, false),
      signedUp: VOLUNTEERS,
    })
    for (let v = 0; v < VOLUNTEERS; v += 1) {
      await tx.insert('signups', {
        _id: `su-bench-${v}`,
        activityId: LIVE,
        openid: `bench-v-${v}`,
        status: 'signed',
        signedAt: NOW - DAY,
      })
    }
  })

  // tickets: N in all; in the staff member's community 60 live ones and a tenth of the rest, closed
  await db.transaction(async (tx) => {
    const existing = (await tx.query('tickets')).length
    const statuses = ['submitted', 'accepted', 'dispatched', 'resolved', 'closed', 'closed'] as const
    for (let i = 0; existing + i < n; i += 1) {
      const mine = i < 60
      const history = !mine && i % 10 === 0
      const createdAt = mine ? NOW - (60 - i) * 2 * DAY : NOW - 700 * DAY + Math.floor((i / n) * 699 * DAY)
      const status = history ? 'closed' : statuses[i % statuses.length]
      const doc: TicketDoc = {
        _id: `tk-b-${pad(i)}`,
        reporterId: `o-${i % OTHERS}`,
        anonymous: i % 4 === 0,
        category: 'road',
        communityId: mine || history ? COMMUNITY : `bench-c-${i % 200}`,
        day: new Date(createdAt).toISOString().slice(0, 10),
        description: '路灯不亮，晚上出行不便，请尽快处理。',
        address: '新华路 12 号附近',
        photoCount: 0,
        status,
        createdAt,
        dueAt: createdAt + 3 * DAY,
        timeline: [{ at: createdAt, status: 'submitted', note: '已提交', actor: 'reporter' }],
        ratings: [],
      }
      await tx.insert('tickets', doc)
    }
  })

  const key = await db.transaction((tx) => readSecret(tx))
  if (!key) throw new Error('no check-in secret')
  const call = async (openid: string, name: string, data: Record<string, unknown>) => {
    const { result } = await cloud.callFunction({ name, data: data as { action: string } }, { openid })
    if (!result.ok) throw new Error(`${name}.${data.action}: ${result.error.code} ${result.error.message}`)
    return result.data
  }
  return {
    own,
    call,
    shortCode: () => shortCodeOf(key, { activityId: LIVE, kind: 'in', step: stepOf(NOW) }),
    written: () => written,
  }
}

const kb = (x: number) => (x < 10_240 ? `${x} B` : `${(x / 1024).toFixed(0)} KB`)

async function main() {
  const sizes = (process.argv[2] ?? '100,1000,10000,50000').split(',').map(Number)
  const rows: Record<string, string[]> = {
    'points.balance': [],
    'points.ledger (20)': [],
    'shop.redeem': [],
    'volunteer.checkIn (short code)': [],
    'grid.queue (first page)': [],
    'volunteer.list (first page)': [],
    'one write (redeem), stored bytes': [],
  }
  for (const n of sizes) {
    const t = performance.now()
    const b = await build(n)
    process.stderr.write(
      `built ${n} (own transfers ${b.own}) in ${((performance.now() - t) / 1000).toFixed(1)} s\n`,
    )
    rows['points.balance'].push(ms(await median(() => b.call(RESIDENT, 'points', { action: 'balance' }))))
    rows['points.ledger (20)'].push(
      ms(await median(() => b.call(RESIDENT, 'points', { action: 'ledger', limit: 20 }))),
    )
    let req = 0
    const redeem = () =>
      b.call(RESIDENT, 'shop', {
        action: 'redeem',
        goodsId: GOODS,
        quantity: 1,
        requestId: `bench-req-${(req += 1)}`,
      })
    rows['shop.redeem'].push(ms(await median(redeem)))
    rows['volunteer.checkIn (short code)'].push(
      ms(
        await median((i) => b.call(`bench-v-${i}`, 'volunteer', { action: 'checkIn', code: b.shortCode() })),
      ),
    )
    rows['grid.queue (first page)'].push(
      ms(await median(() => b.call(STAFF, 'grid', { action: 'queue', limit: 20 }))),
    )
    rows['volunteer.list (first page)'].push(
      ms(await median(() => b.call(RESIDENT, 'volunteer', { action: 'list', limit: 20 }))),
    )
    const before = b.written()
    await redeem()
    rows['one write (redeem), stored bytes'].push(kb(b.written() - before))
  }
  printTable(sizes, rows)
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
