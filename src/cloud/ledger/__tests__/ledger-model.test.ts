import fc from 'fast-check'

import type { Balance, LedgerEntry } from '../../../contract/points'
import type { Order } from '../../../contract/shop'
import { commandArbitraries } from './model/commands'
import { checkAll, checkLedger, initialModel } from './model/model'
import {
  CLERKS,
  OPENING,
  RESIDENTS,
  XINHUA,
  attempt,
  buildBase,
  must,
  openReal,
  type GoodsInfo,
} from './model/real'

function seedOf(text: string | undefined): number {
  if (text === undefined || text === '') return crypto.getRandomValues(new Int32Array(1))[0]
  const seed = Number(text)
  if (!Number.isSafeInteger(seed)) throw new Error(`FC_SEED must be an integer, got ${text}`)
  return seed
}

/**
 * FC_SEED=<seed> npx jest src/cloud/ledger runs the same sequences again. To go straight to a shrunk
 * counterexample add -t '<its test>', FC_PATH=<path> and, for the sequences, FC_REPLAY=<replayPath>.
 */
const SEED = seedOf(process.env.FC_SEED)
const PATH = process.env.FC_PATH || undefined
const REPLAY = process.env.FC_REPLAY || undefined
const RUNS = 300

let base: { storage: Record<string, string>; goods: Record<string, GoodsInfo> }

beforeAll(async () => {
  console.log(`ledger model: seed ${SEED}${PATH ? `, path ${PATH}` : ''} (run again with FC_SEED=${SEED})`)
  base = await buildBase()
})

test('should keep the ledger, the orders and the stock in step with the model over random sequences', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.commands(commandArbitraries, { maxCommands: 30, size: 'max', replayPath: REPLAY }),
      async (commands) => {
        const setup = async () => {
          const real = await openReal(base.storage)
          const model = initialModel(base.goods)
          await checkAll(model, real)
          return { model, real }
        }
        await fc.asyncModelRun(setup, commands)
      },
    ),
    { seed: SEED, path: PATH, numRuns: RUNS, endOnFailure: PATH !== undefined },
  )
}, 120_000)

type Contender = 'confirm' | 'confirm-again' | 'cancel' | 'expiry'

test('should let exactly one of confirm, cancel and expiry settle an order, whatever their interleaving', async () => {
  const [resident] = RESIDENTS
  const clerk = CLERKS[XINHUA]
  await fc.assert(
    fc.asyncProperty(
      fc.scheduler(),
      fc.constantFrom(-1, 0, 1, 60_000),
      fc.boolean(),
      async (s, afterExpiryMs, doubleTap) => {
        const real = await openReal(base.storage)
        const order = await must<Order>(
          real.call(resident, 'shop', 'redeem', {
            goodsId: 'goods-02',
            quantity: 1,
            requestId: 'race-request',
          }),
        )
        const contend = (
          label: Contender,
          run: () => Promise<{ ok: boolean; code?: string; data?: unknown }>,
        ) => s.schedule(Promise.resolve(label), label).then(run)
        const contenders: Contender[] = [
          'confirm',
          'cancel',
          'expiry',
          ...(doubleTap ? ['confirm-again' as const] : []),
        ]
        const runs = contenders.map((label) =>
          contend(label, async () => {
            if (label === 'cancel')
              return attempt<Order>(real.call(resident, 'shop', 'cancelOrder', { orderId: order.id }))
            if (label === 'expiry') {
              real.clock.now = order.expiresAt + afterExpiryMs
              return attempt<Balance>(real.call(resident, 'points', 'balance'))
            }
            return attempt<Order>(real.call(clerk, 'shop', 'confirm', { code: order.code }))
          }),
        )
        await s.waitIdle()
        const outcomes = Object.fromEntries((await Promise.all(runs)).map((o, i) => [contenders[i], o]))

        const stored = await real.db.get('orders', order.id)
        const status = stored?.status
        const settlements = await real.db.query('transfers', { pendingId: stored?.transferId })
        const confirmed = contenders.filter((c) => c.startsWith('confirm') && outcomes[c].ok)
        const winners = confirmed.length + (outcomes.cancel.ok ? 1 : 0) + (status === 'expired' ? 1 : 0)
        expect(winners).toBe(1)
        expect(status).toBe(confirmed.length ? 'confirmed' : outcomes.cancel.ok ? 'cancelled' : 'expired')
        if (afterExpiryMs < 0) expect(status).not.toBe('expired')
        expect(settlements.map((t) => t.type)).toEqual([status === 'confirmed' ? 'post' : 'void'])
        const loserCode = status === 'expired' ? 'EXPIRED' : 'CONFLICT'
        for (const c of contenders) {
          if (c === 'expiry' || outcomes[c].ok) continue
          expect({ contender: c, code: outcomes[c].code }).toEqual({ contender: c, code: loserCode })
        }
        expect(outcomes.expiry.ok).toBe(true)
        if (afterExpiryMs >= 0) expect((outcomes.expiry.data as Balance).held).toBe(0)

        const spent = status === 'confirmed' ? order.points : 0
        expect(await must<Balance>(real.call(resident, 'points', 'balance'))).toEqual({
          available: OPENING[0] - spent,
          held: 0,
          earned: OPENING[0],
          spent,
        })
        const account = await real.db.get('accounts', `shop:${XINHUA}`)
        expect(account && account.creditsPosted - account.debitsPosted).toBe(spent)
        expect((await real.db.get('goods', 'goods-02'))?.stock).toBe(
          base.goods['goods-02'].stock - (spent ? 1 : 0),
        )
        const entries = await must<{ items: LedgerEntry[] }>(real.call(resident, 'points', 'ledger'))
        expect(entries.items.find((e) => e.ref?.id === order.id)?.status).toBe(spent ? 'posted' : 'voided')
        await checkLedger(real)
      },
    ),
    { seed: SEED, path: PATH, numRuns: 100, endOnFailure: PATH !== undefined },
  )
}, 60_000)
