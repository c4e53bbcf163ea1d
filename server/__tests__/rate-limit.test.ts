import { createRateLimiter } from '../src/rate-limit'
import { manualTime } from './helpers'

test('a token bucket per key: burst, then one call per refill, and idle full buckets are dropped', () => {
  const time = manualTime()
  const limiter = createRateLimiter({ burst: 2, perSecond: 4 }, time.now)
  expect([limiter.take('a'), limiter.take('a'), limiter.take('a')]).toEqual([0, 0, 250])
  expect(limiter.take('b')).toBe(0)
  time.advance(250)
  expect([limiter.take('a'), limiter.take('a')]).toEqual([0, 250])
  expect(limiter.size).toBe(2)
  time.advance(10_000) // both buckets full again: nothing to remember
  expect(limiter.take('c')).toBe(0)
  expect(limiter.size).toBe(1)
})
