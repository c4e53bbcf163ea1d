type AppConfig = { subPackages: { root: string }[] }

async function appConfigWith(flag: string | undefined): Promise<AppConfig> {
  const before = process.env.TARO_APP_DEMO
  if (flag === undefined) delete process.env.TARO_APP_DEMO
  else process.env.TARO_APP_DEMO = flag
  const g = globalThis as unknown as { defineAppConfig?: (c: AppConfig) => AppConfig }
  g.defineAppConfig = (c) => c
  try {
    let config: AppConfig | undefined
    await jest.isolateModulesAsync(async () => {
      config = ((await import('../../app.config')) as unknown as { default: AppConfig }).default
    })
    return config as AppConfig
  } finally {
    if (before === undefined) delete process.env.TARO_APP_DEMO
    else process.env.TARO_APP_DEMO = before
    delete g.defineAppConfig
  }
}

test('should leave the 演示工具 subpackage out of app.json when TARO_APP_DEMO=0', async () => {
  const roots = async (flag: string | undefined) => (await appConfigWith(flag)).subPackages.map((p) => p.root)
  expect(await roots(undefined)).toContain('packages/demo')
  expect(await roots('1')).toContain('packages/demo')
  expect(await roots(' 0 ')).not.toContain('packages/demo')
  expect(await roots('0')).not.toContain('packages/demo')
  expect(await roots('0')).toContain('packages/shop')
})
