import { sha256 } from '@noble/hashes/sha2.js'

import type { CloudTx, RequestDoc } from '../db/schema'
import { CloudError } from './errors'

/**
 * How long a request's record lives. A `requestId` lives in the page that made it (one sheet or
 * form, lib/request-id.ts): a retry comes within seconds or minutes, never a week later. Seven days
 * is far beyond that and keeps the `requests` collection to about a week of writes.
 */
export const REQUEST_TTL_MS = 7 * 24 * 3_600_000

/**
 * Expired records are removed at most once an hour (per running cloud), by the first idempotent
 * write after that: each removal then carries about an hour's records from a week before, and the
 * writes in between read nothing but their own record. Expiry itself is decided on lookup, so when
 * pruning runs changes no answer, only the space used.
 */
export const PRUNE_EVERY_MS = 3_600_000

/**
 * An idempotent action's record keeps its first output. Most keep it whole; one whose output
 * carries bulky data stored elsewhere (a ticket's photos) keeps the rest and restores the first
 * output exactly from what it kept.
 */
export interface Idempotency<O> {
  keep(output: O): unknown
  restore(tx: CloudTx, kept: unknown): Promise<O>
}

export interface RequestCall {
  /** The caller's openid: hashed into the key, never stored. */
  caller: string
  /** `function.action`. */
  action: string
  requestId: string
  /** The validated input (unknown fields already dropped). */
  input: unknown
  /** The transaction's clock reading. */
  at: number
}

/** WeChat's JS engine has no TextEncoder: UTF-8 by hand (lone surrogates encode as themselves). */
function utf8(text: string): Uint8Array {
  const out: number[] = []
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0
    if (c < 0x80) out.push(c)
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63))
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63))
    else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63))
  }
  return Uint8Array.from(out)
}

/** 128 bits of SHA-256, hex. */
const digest = (text: string): string =>
  Array.from(sha256(utf8(text)).slice(0, 16), (b) => b.toString(16).padStart(2, '0')).join('')

/** JSON with object keys sorted, so the same input always gives the same text. */
function canonical(value: unknown): string {
  if (Array.isArray(value))
    return `[${value.map((v) => (v === undefined ? 'null' : canonical(v))).join(',')}]`
  if (value && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`
  }
  return JSON.stringify(value) ?? 'null'
}

/** What stands for a caller in the records: a hash of the openid, so no record holds the openid itself. */
export const callerKey = (openid: string): string => digest(`caller|${openid}`)

/** The record's id: one per (caller, function.action, requestId), with none of them in clear. */
export const requestKey = ({
  caller,
  action,
  requestId,
}: Pick<RequestCall, 'caller' | 'action' | 'requestId'>) =>
  digest(`request|${caller.length}|${caller}|${action}|${requestId}`)

/** The input without its `requestId`, hashed: tells a repeat from another request under the same id. */
export const inputFingerprint = (input: unknown): string => {
  const rest = input && typeof input === 'object' ? { ...input, requestId: undefined } : input
  return digest(canonical(rest))
}

/**
 * Runs an idempotent action inside its transaction. A record of (caller, function.action, requestId)
 * younger than REQUEST_TTL_MS answers: with the same input, the first successful output exactly, and
 * nothing runs or changes; with other input, INVALID_ARGUMENT. Otherwise `run` runs and, only if it
 * returns, its output is recorded in the same transaction (a failure records nothing, so the same id
 * may be retried). Transactions run one at a time, so concurrent repeats see the first one's record.
 */
export async function once<O>(
  tx: CloudTx,
  call: RequestCall,
  rule: true | Idempotency<O>,
  run: () => Promise<O>,
): Promise<O> {
  const id = requestKey(call)
  const input = inputFingerprint(call.input)
  const found = await tx.get('requests', id)
  if (found && found.at > call.at - REQUEST_TTL_MS) {
    if (found.input !== input) {
      throw new CloudError('INVALID_ARGUMENT', '这个请求编号已用于内容不同的另一次提交，请重新提交')
    }
    return rule === true ? (found.output as O) : rule.restore(tx, found.output)
  }
  const output = await run()
  const record: RequestDoc = {
    _id: id,
    caller: callerKey(call.caller),
    action: call.action,
    input,
    output: rule === true ? output : rule.keep(output),
    at: call.at,
  }
  await tx.set('requests', record)
  return output
}

/**
 * Removes every record older than REQUEST_TTL_MS, reading only those (a range on the `requests.at`
 * index).
 */
export async function pruneRequests(tx: CloudTx, at: number): Promise<void> {
  const expired = await tx.query('requests', {}, { range: { at: { lte: at - REQUEST_TTL_MS } } })
  for (const r of expired) await tx.remove('requests', r._id)
}

/** `once`, pruning expired records when PRUNE_EVERY_MS has passed since this cloud last did (or the clock went back). */
export function createIdempotency() {
  let prunedAt = -Infinity
  return async function idempotent<O>(
    tx: CloudTx,
    call: RequestCall,
    rule: true | Idempotency<O>,
    run: () => Promise<O>,
  ): Promise<O> {
    let wrote = false
    const output = await once(tx, call, rule, async () => {
      wrote = true
      return run()
    })
    if (wrote && (call.at - prunedAt >= PRUNE_EVERY_MS || call.at < prunedAt)) {
      await pruneRequests(tx, call.at)
      prunedAt = call.at
    }
    return output
  }
}

/** 注销: removes every request record of the caller (their first answers hold personal data). */
export async function forgetRequests(tx: CloudTx, openid: string): Promise<void> {
  for (const r of await tx.query('requests', { caller: callerKey(openid) }))
    await tx.remove('requests', r._id)
}
