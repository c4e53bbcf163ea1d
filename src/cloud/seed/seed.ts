import type { CloudTx } from '../db/schema'
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

/** Loads the district demo data: 街道, 社区, partner shops, invite codes, news, and the ledger's accounts. */
export async function seedDistrict(tx: CloudTx, now: number, random: RandomBytes): Promise<void> {
  for (const street of SEED_STREETS) {
    await tx.insert('streets', street)
    await openAccount(tx, {
      id: issuerAccountId(street._id),
      type: 'issuer',
      label: `${street.name}信用基金`,
      at: now,
    })
  }
  for (const community of SEED_COMMUNITIES) await tx.insert('communities', community)
  for (const shop of SEED_SHOPS) {
    await tx.insert('shops', shop)
    await openAccount(tx, { id: shopAccountId(shop._id), type: 'shop', label: shop.name, at: now })
  }
  for (const goods of SEED_GOODS) await tx.insert('goods', goods)
  for (const invite of SEED_INVITES) await tx.insert('invites', invite)
  for (const item of seedNews(now)) await tx.insert('news', item)
  await seedVolunteer(tx, now, random)
  const { events, sessions } = seedEvents(now)
  for (const event of events) await tx.insert('events', event)
  for (const session of sessions) await tx.insert('sessions', session)

  const resident = await createUser(tx, OPENING_BALANCE.openid, now - 30 * DAY)
  await createTransfer(tx, {
    debitAccountId: issuerAccountId(OPENING_BALANCE.streetId),
    creditAccountId: resident.accountId,
    amount: OPENING_BALANCE.amount,
    kind: 'earn',
    reason: '往期志愿服务积分转入',
    at: now - 3 * DAY,
  })
}
