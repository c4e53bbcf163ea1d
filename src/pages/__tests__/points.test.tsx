import { render } from '@tarojs/test-utils-react/dist/pure'
import { waitFor } from '@test/dom'
import type { Balance, LedgerEntry } from '@/contract/points'
import type { Page } from '@/contract/envelope'
import PointsPage from '../points/index'
import { setupCloud } from '@test/cloud-fixture'

test('should show the balance and each ledger entry with its reason', async () => {
  const { as } = setupCloud('demo-resident-a')
  const balance = await as<Balance>('demo-resident-a', 'points', { action: 'balance' })
  const ledger = await as<Page<LedgerEntry>>('demo-resident-a', 'points', { action: 'ledger' })
  expect(ledger.items.length).toBeGreaterThan(0)
  const { container } = render(<PointsPage />, {})
  await waitFor(() =>
    expect(container.querySelector('[data-testid="available"]')?.textContent).toBe(String(balance.available)),
  )
  await waitFor(() => expect(container.textContent).toContain(ledger.items[0].reason))
  expect(container.textContent).toContain(`+${ledger.items[0].amount}`)
})

test('should tell a resident with no points how to earn some', async () => {
  setupCloud('demo-resident-b')
  const { container } = render(<PointsPage />, {})
  await waitFor(() => expect(container.textContent).toContain('还没有积分记录'))
  expect(container.querySelector('[data-testid="available"]')?.textContent).toBe('0')
})
