const env = process.env as Record<string, string | undefined>

async function canShareOn(platform: string): Promise<boolean> {
  const before = env.TARO_ENV
  env.TARO_ENV = platform
  try {
    let value = false
    await jest.isolateModulesAsync(async () => {
      value = (await import('../share')).canShare
    })
    return value
  } finally {
    if (before === undefined) delete env.TARO_ENV
    else env.TARO_ENV = before
  }
}

test('should offer 分享给邻居 only where WeChat can share', async () => {
  expect(await canShareOn('weapp')).toBe(true)
  expect(await canShareOn('h5')).toBe(false)
})
