import { extractCode, qrLink } from '../qr-link'

test('should put the code into a link under the configured prefix', () => {
  expect(qrLink('checkin', 'a.b+c/d')).toBe(`${QR_LINK_PREFIX}/checkin?c=a.b%2Bc%2Fd`)
})

test('should read the code back from the link, the encoded link and the bare code', () => {
  const link = qrLink('redeem', '12345678')
  expect(extractCode(link, 'redeem')).toBe('12345678')
  expect(extractCode(encodeURIComponent(link), 'redeem')).toBe('12345678')
  expect(extractCode('  12345678 ', 'redeem')).toBe('12345678')
  expect(extractCode(qrLink('checkin', 'x.y+z'), 'checkin')).toBe('x.y+z')
})

test('should refuse a link of another kind or another site', () => {
  expect(extractCode(qrLink('booking', 'B1'), 'redeem')).toBeNull()
  expect(extractCode('https://evil.example/q/redeem?c=1', 'redeem')).toBeNull()
  expect(extractCode(`${QR_LINK_PREFIX}/redeem?x=1`, 'redeem')).toBeNull()
  expect(extractCode('   ', 'redeem')).toBeNull()
})
