/** Where 8-digit redemption codes come from; tests replace `next` to force collisions. */
export const codeSource = {
  next(): string {
    const crypto = (globalThis as { crypto?: { getRandomValues?: (a: Uint32Array) => Uint32Array } }).crypto
    const n = crypto?.getRandomValues
      ? crypto.getRandomValues(new Uint32Array(1))[0]
      : Math.random() * 2 ** 32
    return String(Math.floor(n) % 100_000_000).padStart(8, '0')
  },
}
