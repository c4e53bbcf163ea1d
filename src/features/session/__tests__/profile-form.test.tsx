import { render } from '@tarojs/test-utils-react/dist/pure'
import type { LoginView } from '@/contract/user'
import { ProfileForm } from '@/features/session/components/profile-form'
import { useSession } from '@/features/session/store'
import { openPage } from '@/lib/navigation'
import { pendingReturn, rememberReturn } from '@/lib/return-to'
import { setupCloud } from '@test/cloud-fixture'
import { buttonByText, tap, typeInto, waitFor } from '@test/dom'

jest.mock('@/lib/toast', () => ({ showToast: jest.fn(), confirmDialog: jest.fn() }))
jest.mock('@/lib/navigation', () => ({ openPage: jest.fn(), openTab: jest.fn() }))

const WHO = 'demo-resident-b'

async function setupForm(profile?: { name: string; phone: string }) {
  const fixture = setupCloud(WHO)
  if (profile) await fixture.as(WHO, 'user', { action: 'updateProfile', ...profile })
  useSession.getState().agreePrivacy()
  await useSession.getState().load()
  const view = render(<ProfileForm />, {})
  const login = () => fixture.as<LoginView>(WHO, 'user', { action: 'login' })
  return { ...fixture, ...view, login }
}

test('should change only the name without retyping the phone', async () => {
  const { container, login } = await setupForm({ name: '李建国', phone: '13812345678' })
  await waitFor(() => expect(container.textContent).toContain('138****5678'))
  tap(buttonByText(container, '修改'))
  await typeInto(container, 'name', '李建华')
  tap(buttonByText(container, '保存'))

  await waitFor(() => expect(container.textContent).toContain('李建华'))
  expect((await login()).profile).toMatchObject({ name: '李建华', phoneMasked: '138****5678' })
})

test('should refuse a name with digits in the cloud’s words and save nothing', async () => {
  const { container, login } = await setupForm()
  await typeInto(container, 'name', 'Wang123')
  await typeInto(container, 'phone', '13912345678')
  tap(buttonByText(container, '保存'))

  await waitFor(() => expect(container.textContent).toContain('姓名不能包含数字'))
  expect((await login()).profile).toBeNull()
  await typeInto(container, 'name', 'Wang Li')
  await waitFor(() => expect(container.textContent).not.toContain('姓名不能包含数字'))
})

test('should go back to finish the sign-up the person started once the profile is saved', async () => {
  rememberReturn({
    url: '/packages/volunteer/detail/index?id=act-seed-2&join=1',
    label: '报名「独居老人上门探访」',
  })
  const { container } = await setupForm()
  await waitFor(() =>
    expect(container.querySelector('[data-testid="profile-return"]')?.textContent).toContain(
      '独居老人上门探访',
    ),
  )
  await typeInto(container, 'name', '李建国')
  await typeInto(container, 'phone', '13812345678')
  tap(buttonByText(container, '保存'))

  await waitFor(() =>
    expect(openPage).toHaveBeenCalledWith('/packages/volunteer/detail/index?id=act-seed-2&join=1'),
  )
  expect(pendingReturn()).toBeNull()
})
