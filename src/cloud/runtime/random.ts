/** A source of random bytes; the cloud takes one as an option so tests and platforms can inject theirs. */
export type RandomBytes = (size: number) => Uint8Array

type WithCrypto = { crypto?: { getRandomValues?: (array: Uint8Array) => Uint8Array } }

/** Web Crypto where the platform has it (browsers, Node); otherwise Math.random (WeChat's JS engine has no crypto global). */
export const defaultRandom: RandomBytes = (size) => {
  const bytes = new Uint8Array(size)
  const crypto = (globalThis as WithCrypto).crypto
  if (typeof crypto?.getRandomValues === 'function') return crypto.getRandomValues(bytes)
  for (let i = 0; i < size; i += 1) bytes[i] = Math.floor(Math.random() * 256)
  return bytes
}

/** A whole number in [0, n) from `random`, uniform (draws again rather than bias toward low values); n ≤ 2^32. */
export function randomBelow(random: RandomBytes, n: number): number {
  const limit = Math.floor(2 ** 32 / n) * n
  for (;;) {
    const b = random(4)
    const value = b[0] * 2 ** 24 + b[1] * 2 ** 16 + b[2] * 2 ** 8 + b[3]
    if (value < limit) return value % n
  }
}
