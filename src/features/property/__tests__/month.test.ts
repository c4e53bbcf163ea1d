import { addMonths, chinaMonth, toFen, yuan } from '../month'

test('should show fen as yuan with two decimals, thousands separated, negatives with a minus', () => {
  expect(yuan(0)).toBe('0.00')
  expect(yuan(5)).toBe('0.05')
  expect(yuan(8_650_050)).toBe('86,500.50')
  expect(yuan(123_456_789_01)).toBe('123,456,789.01')
  expect(yuan(-150)).toBe('−1.50')
})

test('should read a typed yuan amount as whole fen, refusing more than two decimals or other text', () => {
  expect(toFen('86500.5')).toBe(8_650_050)
  expect(toFen(' 1560.05 ')).toBe(156_005)
  expect(toFen('21000')).toBe(2_100_000)
  expect(toFen('0.1')).toBe(10)
  for (const bad of ['1.234', 'abc', '', '-1', '1,000', '.5']) expect(toFen(bad)).toBeNull()
})

test('should step months across a year and read an instant in China time', () => {
  expect(addMonths('2026-01', -1)).toBe('2025-12')
  expect(addMonths('2026-12', 1)).toBe('2027-01')
  expect(chinaMonth(Date.parse('2026-10-31T23:59:00+08:00'))).toBe('2026-10')
  // 2026-11-01 00:30 China time is November while UTC is still October 31st
  expect(chinaMonth(Date.parse('2026-11-01T00:30:00+08:00'))).toBe('2026-11')
})
