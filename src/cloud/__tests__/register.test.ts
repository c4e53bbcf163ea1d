import { createMockCloud } from '../core'

test('should answer the shop function only once the shop subpackage has registered it', async () => {
  const cloud = createMockCloud()
  const listShops = () =>
    cloud.callFunction({ name: 'shop', data: { action: 'listShops' } }, { openid: 'demo-resident-a' })

  const before = (await listShops()).result

  await import('../functions/shop/register')
  const after = (await listShops()).result

  expect(before).toEqual({ ok: false, error: expect.objectContaining({ code: 'UNKNOWN_ACTION' }) })
  expect(after).toEqual({
    ok: true,
    data: expect.arrayContaining([expect.objectContaining({ id: 'shop-yj-xinhua' })]),
  })
})
