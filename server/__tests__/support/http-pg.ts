/**
 * For the *.pg.test.ts that talk to a server over real sockets: calls over HTTP (Node's fetch, a
 * connection per request in flight) and the ledger's invariants read straight from the database.
 */
import type { CloudDb } from '../../../src/cloud/db/schema'

export interface Answer {
  status: number
  /** `{ result, errMsg, requestID }` on 200, `{ error }` otherwise */
  body: Record<string, unknown>
}

/** POST `path` with a JSON body (and a bearer token), never throwing on an HTTP error status. */
export async function post(base: string, path: string, payload: unknown, token?: string): Promise<Answer> {
  const res = await fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(payload),
  })
  return { status: res.status, body: (await res.json()) as Record<string, unknown> }
}

export interface Client {
  token(openid: string): Promise<string>
  /** `{ name, data: { ...data, action } }` as `openid`: the envelope (`result`) and the HTTP status. */
  call(
    openid: string,
    name: string,
    action: string,
    data?: Record<string, unknown>,
  ): Promise<{ status: number; result: Envelope }>
  /** As `call`, but throws unless the envelope is ok; its data. */
  ok(
    openid: string,
    name: string,
    action: string,
    data?: Record<string, unknown>,
  ): Promise<Record<string, unknown>>
}

export type Envelope =
  { ok: true; data: unknown } | { ok: false; error: { code: string; message: string } } | undefined

/** A demo-mode server's client: a session token per openid (fetched once), calls over HTTP. */
export function demoClient(base: string): Client {
  const tokens = new Map<string, Promise<string>>()
  const token = (openid: string) => {
    let t = tokens.get(openid)
    if (!t) {
      t = post(base, '/api/session/demo', { openid }).then((a) => {
        if (a.status !== 200) throw new Error(`demo session ${openid}: ${a.status} ${JSON.stringify(a.body)}`)
        return a.body.token as string
      })
      tokens.set(openid, t)
    }
    return t
  }
  const call: Client['call'] = async (openid, name, action, data = {}) => {
    const answer = await post(base, '/api/call', { name, data: { ...data, action } }, await token(openid))
    return { status: answer.status, result: answer.body.result as Envelope }
  }
  return {
    token,
    call,
    async ok(openid, name, action, data = {}) {
      const { status, result } = await call(openid, name, action, data)
      if (status !== 200 || !result?.ok) {
        throw new Error(`${name}.${action} as ${openid}: HTTP ${status} ${JSON.stringify(result)}`)
      }
      return result.data as Record<string, unknown>
    },
  }
}

/** HTTP status and business code (`OK`) of an answer; `HTTP <status>` when it is not 200. */
export const outcome = ({ status, result }: { status: number; result: Envelope }): string =>
  status !== 200 ? `HTTP ${status}` : result?.ok ? 'OK' : (result?.error.code ?? 'NO_RESULT')

/** How many of each outcome, e.g. `{ OK: 1, CONFLICT: 99 }`. */
export function tally(outcomes: string[]): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const o of outcomes) counts[o] = (counts[o] ?? 0) + 1
  return counts
}

export interface LedgerReport {
  /** Σ (creditsPosted − debitsPosted) over all accounts: 0 in a sound ledger. */
  posted: number
  /** Σ (creditsPending − debitsPending): 0 too. */
  pending: number
  /** Confirmed orders whose pending transfer has no `post`. */
  confirmedWithoutPost: string[]
  /** Pending transfers neither posted nor voided whose order is missing or not pending. */
  holdsWithoutOrder: string[]
  /** Pending orders whose hold is not open (missing, posted or voided). */
  pendingWithoutHold: string[]
  orders: Record<string, number>
  transfers: Record<string, number>
}

/** The ledger's invariants, read from the database. */
export async function ledgerReport(db: CloudDb): Promise<LedgerReport> {
  const accounts = await db.query('accounts')
  const transfers = await db.query('transfers')
  const orders = await db.query('orders')
  const closing = new Map<string, string>()
  for (const t of transfers) if (t.pendingId) closing.set(t.pendingId, t.type)
  const orderById = new Map(orders.map((o) => [o._id, o]))
  const holds = transfers.filter((t) => t.type === 'pending')
  return {
    posted: accounts.reduce((sum, a) => sum + a.creditsPosted - a.debitsPosted, 0),
    pending: accounts.reduce((sum, a) => sum + a.creditsPending - a.debitsPending, 0),
    confirmedWithoutPost: orders
      .filter((o) => o.status === 'confirmed' && closing.get(o.transferId) !== 'post')
      .map((o) => o._id),
    holdsWithoutOrder: holds
      .filter((t) => !closing.has(t._id) && t.ref?.type === 'order')
      .filter((t) => orderById.get(t.ref!.id)?.status !== 'pending')
      .map((t) => t._id),
    pendingWithoutHold: orders
      .filter((o) => o.status === 'pending')
      .filter((o) => !holds.some((t) => t._id === o.transferId) || closing.has(o.transferId))
      .map((o) => o._id),
    orders: tally(orders.map((o) => o.status)),
    transfers: tally(transfers.map((t) => t.type)),
  }
}
