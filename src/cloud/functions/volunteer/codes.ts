import { hmac } from '@noble/hashes/hmac.js'
import { sha256 } from '@noble/hashes/sha2.js'

import { ACTIVITY_RULES, CHECK_WINDOW, CODE_STEP_MS, type CheckKind } from '../../../contract/volunteer'
import type { ActivityDoc, CloudTx } from '../../db/schema'
import type { RandomBytes } from '../../runtime/random'

const SECRET_ID = 'checkin-hmac'
const SHORT_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ'
const TOKEN = /^([a-z0-9-]{1,40})\.(in|out)\.(\d{1,15})\.([0-9a-f]{32})$/

export interface CodeClaim {
  activityId: string
  kind: CheckKind
  step: number
}

/** WeChat's JS engine has no TextEncoder; every signed message is ASCII, so one byte per char. */
const ascii = (text: string): Uint8Array => Uint8Array.from(text, (c) => c.charCodeAt(0) & 0xff)
const hex = (bytes: Uint8Array): string => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')
const unhex = (text: string): Uint8Array => Uint8Array.from(text.match(/../g) ?? [], (h) => parseInt(h, 16))

export const stepOf = (at: number): number => Math.floor(at / CODE_STEP_MS)

/** Creates the HMAC key. It lives in the cloud db only; no action returns it. */
export async function createSecret(tx: CloudTx, random: RandomBytes): Promise<Uint8Array> {
  const key = random(32)
  await tx.set('secrets', { _id: SECRET_ID, key: hex(key) })
  return key
}

export async function readSecret(tx: CloudTx): Promise<Uint8Array | null> {
  const doc = await tx.get('secrets', SECRET_ID)
  return doc ? unhex(doc.key) : null
}

const mac = (key: Uint8Array, purpose: string, c: CodeClaim): Uint8Array =>
  hmac(sha256, key, ascii(`${purpose}|${c.activityId}|${c.kind}|${c.step}`))

function equal(a: string, b: string): boolean {
  let diff = a.length ^ b.length
  for (let i = 0; i < Math.min(a.length, b.length); i += 1) diff |= a.charCodeAt(i) ^ b.charCodeAt(i)
  return diff === 0
}

/** The QR code: the claim in clear and a 128-bit HMAC over all of it. */
export const signCode = (key: Uint8Array, c: CodeClaim): string =>
  `${c.activityId}.${c.kind}.${c.step}.${hex(mac(key, 'qr', c).slice(0, 16))}`

/** The typed code: 8 characters (40 bits of an HMAC) from an alphabet without 0/O/1/I. */
export function shortCodeOf(key: Uint8Array, c: CodeClaim): string {
  const bytes = mac(key, 'short', c)
  let bits = 0
  for (let i = 0; i < 5; i += 1) bits = bits * 256 + bytes[i]
  let out = ''
  for (let i = 0; i < 8; i += 1) {
    out = SHORT_ALPHABET[bits % 32] + out
    bits = Math.floor(bits / 32)
  }
  return out
}

export const normaliseShortCode = (text: string): string | null => {
  const code = text.replace(/[\s-]/g, '').toUpperCase()
  return /^[0-9A-Z]{6,8}$/.test(code) ? code : null
}

/** The claim of a QR code whose signature verifies, or null (forged, altered, malformed). */
export function verifyCode(key: Uint8Array, code: string): CodeClaim | null {
  const m = TOKEN.exec(code.trim())
  if (!m) return null
  const claim: CodeClaim = { activityId: m[1], kind: m[2] as CheckKind, step: Number(m[3]) }
  return equal(signCode(key, claim), code.trim()) ? claim : null
}

/** How far back a typed short code is still recognised, to tell "expired" from "wrong": 10 minutes. */
const RECOGNISED_STEPS = 20

/**
 * The activities a short code typed at `now` can belong to: not cancelled, with a check window
 * (codes are issued from 30 min before the start until 2 h after the end) open at some time in the
 * last ten minutes. Found through the `startAt` index: an activity lasts at most
 * `ACTIVITY_RULES.maxHours`, so only those starting in a bounded span around now are read.
 */
export async function liveActivities(tx: CloudTx, now: number): Promise<ActivityDoc[]> {
  const recognised = RECOGNISED_STEPS * CODE_STEP_MS
  const longest = ACTIVITY_RULES.maxHours * 3_600_000
  const from = now - recognised - CHECK_WINDOW.outAfter - longest
  const starting = await tx.query(
    'activities',
    {},
    { range: { startAt: { gte: from, lte: now + CHECK_WINDOW.inBefore } } },
  )
  return starting.filter((a) => !a.cancelled && a.endAt + CHECK_WINDOW.outAfter >= now - recognised)
}

export interface ShortCodeMatch {
  claim: CodeClaim
  /** Issued within this step or the previous one: still accepted. */
  live: boolean
}

/**
 * The claim among the given activities that the short code names: a live one (this step or the
 * previous), else one issued in the last ten minutes (genuine but expired), else null.
 */
export function findShortCode(
  key: Uint8Array,
  code: string,
  activities: ActivityDoc[],
  now: number,
): ShortCodeMatch | null {
  const step = stepOf(now)
  for (let back = 0; back < RECOGNISED_STEPS; back += 1) {
    for (const a of activities) {
      for (const kind of ['in', 'out'] as const) {
        const claim = { activityId: a._id, kind, step: step - back }
        if (equal(shortCodeOf(key, claim), code)) return { claim, live: back <= 1 }
      }
    }
  }
  return null
}
