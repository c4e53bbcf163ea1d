import { render } from '@tarojs/test-utils-react/dist/pure'
import DemoPage from '../index'
import { setupCloud } from '@test/cloud-fixture'
import { tap, waitFor } from '@test/dom'

jest.mock('@/lib/toast', () => ({ showToast: jest.fn(), confirmDialog: jest.fn() }))

test('should switch identity with the demo tools', async () => {
  setupCloud('demo-resident-a')
  const { container } = render(<DemoPage />, {})
  await waitFor(() => expect(container.textContent).toContain('当前身份'))
  const staff = container.querySelector('[data-openid="demo-staff"]') as HTMLElement
  tap(staff)
  await waitFor(() => expect(staff.className).toContain('btn--primary'))
  expect(window.localStorage.getItem('linli-app:identity')).toContain('demo-staff')
})
