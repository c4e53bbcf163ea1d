import type { CloudTx, Collections } from '../db/schema'
import type { RandomBytes } from '../runtime/random'
import { issuerAccountId, openAccount, shopAccountId } from '../ledger/accounts'
import { createTransfer } from '../ledger/transfers'
import { createUser } from '../functions/user/users'
import { SEED_COMMUNITIES, SEED_STREETS } from './district'
import { SEED_GOODS } from './goods'
import { seedEvents } from './events'
import { SEED_INVITES } from './invites'
import { seedNews } from './news'
import { SEED_SHOPS } from './shops'
import { seedVolunteer } from './volunteer'

const DAY = 86_400_000

export const OPENING_BALANCE = { openid: 'demo-resident-a', amount: 120, streetId: 'jincheng' }

export type SeedPart = {
  /** A collection the part fills and nothing ever empties: when it is empty, the part has not run. */
  marker: keyof Collections
  run: (tx: CloudTx, now: number, random: RandomBytes) => Promise<void>
}

const insertAll = async <K extends keyof Collections>(
  tx: CloudTx,
  name: K,
  docs: readonly Collections[K][],
) => {
  for (const doc of docs) await tx.insert(name, doc)
}

/** The district demo data, one part per domain, in dependency order. */
const SEED_PARTS: SeedPart[] = [
  {
    marker: 'streets',
    async run(tx, now) {
      for (const street of SEED_STREETS) {
        await tx.insert('streets', street)
        await openAccount(tx, {
          id: issuerAccountId(street._id),
          type: 'issuer',
          label: `${street.name}信用基金`,
          at: now,
        })
      }
      await insertAll(tx, 'communities', SEED_COMMUNITIES)
      for (const shop of SEED_SHOPS) {
        await tx.insert('shops', shop)
        await openAccount(tx, { id: shopAccountId(shop._id), type: 'shop', label: shop.name, at: now })
      }
      await insertAll(tx, 'invites', SEED_INVITES)
      await insertAll(tx, 'news', seedNews(now))
      const resident = await createUser(tx, OPENING_BALANCE.openid, now - 30 * DAY)
      await createTransfer(tx, {
        debitAccountId: issuerAccountId(OPENING_BALANCE.streetId),
        creditAccountId: resident.accountId,
        amount: OPENING_BALANCE.amount,
        kind: 'earn',
        reason: '往期志愿服务积分转入',
        at: now - 3 * DAY,
      })
    },
  },
  { marker: 'goods', run: (tx) => insertAll(tx, 'goods', SEED_GOODS) },
  { marker: 'secrets', run: seedVolunteer },
  {
    marker: 'events',
    async run(tx, now) {
      const { events, sessions } = seedEvents(now)
      await insertAll(tx, 'events', events)
      await insertAll(tx, 'sessions', sessions)
    },
  },
]

/**
 * Adds the demo data of a domain whose code loads with its subpackage (its `register.ts`), so that
 * data stays out of the main package too. The cloud seeds it before its next call; a part whose
 * marker is already known is ignored (a module may be evaluated again).
 */
export function registerSeedPart(part: SeedPart): void {
  if (SEED_PARTS.some((known) => known.marker === part.marker)) return
  SEED_PARTS.push(part)
}

/** How many parts are known: the cloud seeds again when this grows. */
export const seedPartCount = (): number => SEED_PARTS.length

/**
 * Loads every part of the district demo data that this database lacks: all of it on a fresh
 * start, and on a device that stored its data before a domain existed, just that domain's part.
 * Returns how many parts ran.
 */
export async function seedDistrict(tx: CloudTx, now: number, random: RandomBytes): Promise<number> {
  let ran = 0
  for (const part of SEED_PARTS) {
    if ((await tx.query(part.marker, {}, { limit: 1 })).length > 0) continue
    await part.run(tx, now, random)
    ran += 1
  }
  return ran
}
