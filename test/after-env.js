const { setBaseClock } = require('@/lib/demo')
const { FIXED_NOW } = require('./cloud-fixture')

beforeEach(() => {
  window.localStorage.clear()
  setBaseClock(() => FIXED_NOW)
})
