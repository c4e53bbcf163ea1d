function canShareOn(platform: string): boolean {
  const before = process.env.TARO_ENV
  process.env.TARO_ENV = platform as typeof process.env.TARO_ENV
  try {
    let value = false
    jest.isolateModules(() => {
      value = (require('../share') as { canShare: boolean }).canShare
    })
    return value
  } finally {
    if (before === undefined) delete process.env.TARO_ENV
    else process.env.TARO_ENV = before
  }
}

test('should offer 分享给邻居 only where WeChat can share', () => {
  expect(canShareOn('weapp')).toBe(true)
  expect(canShareOn('h5')).toBe(false)
})
