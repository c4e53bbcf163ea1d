const { setBaseClock } = require('@/lib/demo')
const { FIXED_NOW } = require('./cloud-fixture')

beforeEach(() => {
  window.localStorage.clear()
  setBaseClock(() => FIXED_NOW)
})

// Taro's H5 styles match [disabled] even when it says "false": no rendered element may carry it.
afterEach(() => {
  const stale = document.querySelectorAll('[disabled="false"]')
  if (stale.length)
    throw new Error(`${stale.length} element(s) rendered disabled="false": use @/components/button`)
})
