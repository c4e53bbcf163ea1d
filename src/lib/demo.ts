import { DEMO_IDENTITIES } from '@/contract/demo'
import { readLocal, writeLocal } from './storage'

const IDENTITY_KEY = 'linli-app:identity'
const CLOCK_KEY = 'linli-app:clock-offset'

/** The openid the platform would give this device; in the demo, the chosen demo identity. */
export function currentOpenid(): string {
  const stored = readLocal(IDENTITY_KEY)
  if (stored && DEMO_IDENTITIES.some((d) => d.openid === stored)) return stored
  const first = DEMO_IDENTITIES[0].openid
  writeLocal(IDENTITY_KEY, first)
  return first
}

export function switchIdentity(openid: string): void {
  if (!DEMO_IDENTITIES.some((d) => d.openid === openid)) throw new Error('unknown demo identity')
  writeLocal(IDENTITY_KEY, openid)
}

export function clockOffset(): number {
  const n = Number(readLocal(CLOCK_KEY) ?? 0)
  return Number.isFinite(n) ? n : 0
}

export function moveClock(ms: number): number {
  const next = clockOffset() + ms
  writeLocal(CLOCK_KEY, String(next))
  return next
}

export function resetClock(): void {
  writeLocal(CLOCK_KEY, null)
}

let baseClock: () => number = () => Date.now()

/** One clock per run: tests set the base to a fixed instant; the app keeps real time. */
export function setBaseClock(clock: () => number): void {
  baseClock = clock
}

/** The app's and the mock cloud's one clock: the base (real time) plus the demo offset. */
export function demoNow(): number {
  return baseClock() + clockOffset()
}
