import { randomBelow, type RandomBytes } from '../../runtime/random'

/** Where 8-digit redemption codes come from (the cloud's random source); tests replace `next` to force collisions. */
export const codeSource = {
  next(random: RandomBytes): string {
    return String(randomBelow(random, 100_000_000)).padStart(8, '0')
  },
}
