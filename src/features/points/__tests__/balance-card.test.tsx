import { render } from '@tarojs/test-utils-react/dist/pure'
import { waitFor } from '@test/dom'
import { BalanceCard } from '../components/balance-card'

test('should show the available points and the three totals', async () => {
  const { container } = render(
    <BalanceCard balance={{ available: 75, held: 20, earned: 120, spent: 25 }} />,
    {},
  )
  await waitFor(() => expect(container.textContent).toContain('75'))
  expect(container.textContent).toContain('冻结中')
  expect(container.querySelector('[data-key="held"]')?.textContent).toContain('20')
  expect(container.querySelector('[data-key="spent"]')?.textContent).toContain('25')
})
