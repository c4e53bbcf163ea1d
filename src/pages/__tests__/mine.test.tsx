import Taro from '@tarojs/taro'
import { act, render } from '@tarojs/test-utils-react/dist/pure'
import type { LoginView } from '@/contract/user'
import { confirmDialog, showToast } from '@/lib/toast'
import { createMemoryStorage } from '@/cloud/index'
import MinePage from '../mine/index'
import { FIXED_NOW, answerOf, setupCloud } from '@test/cloud-fixture'
import { buttonByText, tap, typeInto, waitFor, inlineMessage } from '@test/dom'

jest.mock('@/lib/toast', () => ({ showToast: jest.fn(), confirmDialog: jest.fn() }))

async function setupMine(
  openid = 'demo-resident-b',
  before?: (f: ReturnType<typeof setupCloud>) => Promise<unknown>,
) {
  const fixture = setupCloud(openid)
  await before?.(fixture)
  const view = render(<MinePage />, {})
  const login = () => fixture.as<LoginView>(openid, 'user', { action: 'login' })
  return { ...fixture, ...view, login }
}

async function agreeToPrivacy(container: Element) {
  await waitFor(() => expect(container.textContent).toContain('任城邻里隐私保护指引'))
  tap(buttonByText(container, '同意并继续'))
  await waitFor(() => expect(container.textContent).toContain('完善实名信息'))
}

test('should ask for privacy consent before the profile form appears', async () => {
  const { container } = await setupMine()
  await waitFor(() => expect(container.textContent).toContain('阅读隐私保护指引'))
  expect(container.querySelector('taro-input-core[name="phone"]')).toBeNull()
  await agreeToPrivacy(container)
  expect(container.querySelector('taro-input-core[name="phone"]')).not.toBeNull()
})

test('should show inline errors for a bad profile and save nothing', async () => {
  const { container, login } = await setupMine()
  await agreeToPrivacy(container)
  await typeInto(container, 'name', '王')
  await typeInto(container, 'phone', '1234')
  tap(buttonByText(container, '保存'))
  await waitFor(() => expect(container.textContent).toContain('请输入 11 位大陆手机号'))
  expect(container.textContent).toContain('姓名需为 2–20 个字')
  expect((await login()).profile).toBeNull()
})

test('should save the profile and show the phone masked', async () => {
  const { container, login } = await setupMine()
  await agreeToPrivacy(container)
  await typeInto(container, 'name', '王秀兰')
  await typeInto(container, 'phone', '13912345678')
  tap(buttonByText(container, '保存'))
  await waitFor(() => expect(container.textContent).toContain('139****5678'))
  expect(container.textContent).not.toContain('13912345678')
  expect((await login()).profile?.name).toBe('王秀兰')
})

test('should bind the staff invite code and refuse an unknown one', async () => {
  const { container, login } = await setupMine()
  await waitFor(() => expect(container.textContent).toContain('我的身份'))
  await typeInto(container, 'inviteCode', 'NO-SUCH-CODE')
  tap(buttonByText(container, '绑定'))
  await waitFor(() => expect(container.querySelector('.roles .field__error')).not.toBeNull())
  expect((await login()).roles).toEqual(['resident'])
  await typeInto(container, 'inviteCode', 'JC-STAFF-2026')
  tap(buttonByText(container, '绑定'))
  await waitFor(() =>
    expect(container.querySelector('[data-role="staff"]')?.textContent).toContain('新华社区'),
  )
  expect((await login()).roles).toContain('staff')
})

test('should show the newer roles bound by invite among 我的身份: 议事员, 物业 and 用工方', async () => {
  const { container } = await setupMine()
  await waitFor(() => expect(container.textContent).toContain('我的身份'))
  for (const code of ['XH-ADVISER-2026', 'XH-PROPERTY-2026', 'XH-EMPLOYER-2026']) {
    await typeInto(container, 'inviteCode', code)
    tap(buttonByText(container, '绑定'))
    await waitFor(() => expect(container.querySelectorAll('.roles__tags .tag').length).toBeGreaterThan(1))
  }
  await waitFor(() =>
    expect(Array.from(container.querySelectorAll('.roles__tags .tag')).map((t) => t.textContent)).toEqual([
      '居民',
      '议事员 · 民盟',
      '物业 · 任城信义物业服务有限公司',
      expect.stringMatching(/^用工方 · /),
    ]),
  )
})

test('should keep 演示工具 behind one clearly marked row that opens their own page', async () => {
  const navigate = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' })
  const { container } = await setupMine('demo-resident-a')
  await waitFor(() => expect(container.textContent).toContain('我的身份'))
  expect(container.querySelector('[data-openid]')).toBeNull()
  const entry = container.querySelector('[data-testid="demo-entry"]') as HTMLElement
  expect(entry.textContent).toContain('演示工具')
  expect(entry.textContent).toContain('仅供体验')
  tap(entry)
  expect(navigate).toHaveBeenCalledWith({ url: '/packages/demo/index' })
})

test('should delete the account after confirmation and forget the profile', async () => {
  const { container, login } = await setupMine('demo-resident-b', ({ as }) =>
    as('demo-resident-b', 'user', { action: 'updateProfile', name: '李建国', phone: '13800001111' }),
  )
  await waitFor(() => expect(container.textContent).toContain('注销账号'))
  ;(confirmDialog as jest.Mock).mockResolvedValueOnce(true)
  tap(Array.from(container.querySelectorAll('.links__row')).find((r) => r.textContent?.includes('注销'))!)
  await waitFor(async () => expect((await login()).profile).toBeNull())
})

test('should turn on 长辈模式 across the page and keep it for the next start', async () => {
  const { container, login } = await setupMine('demo-resident-b')
  await waitFor(() => expect(container.querySelector('taro-switch-core input')).not.toBeNull())
  expect(container.querySelector('.page')?.className).not.toContain('elder')
  const input = container.querySelector('taro-switch-core input') as HTMLInputElement
  act(() => {
    input.checked = true
    input.dispatchEvent(new Event('change', { bubbles: true }))
  })
  await waitFor(() => expect(container.querySelector('.page')?.className).toContain('elder'))
  await waitFor(async () => expect((await login()).elderMode).toBe(true))
  expect(window.localStorage.getItem('linli-app:elder-mode')).toContain('1')
})

test('should word a bad phone as the cloud does and clear the message as soon as it is fixed', async () => {
  const { container, as, login } = await setupMine()
  await agreeToPrivacy(container)
  await typeInto(container, 'name', '王秀兰')
  await typeInto(container, 'phone', '23912345678')
  tap(buttonByText(container, '保存'))
  const cloudSays = await answerOf(
    as('demo-resident-b', 'user', {
      action: 'updateProfile',
      name: '王秀兰',
      phone: '23912345678',
    }),
  )

  const shown = await inlineMessage(() => container.querySelector('.profile'))
  expect(cloudSays).toBe(`INVALID_ARGUMENT ${shown}`)
  await typeInto(container, 'phone', '13912345678')
  await waitFor(() => expect(container.querySelector('.profile .field__error')).toBeNull())
  expect((await login()).profile).toBeNull()
})

test('should warn on 我的 when storage is 80% full and clean photos of finished reports on request', async () => {
  const storage = { ...createMemoryStorage(), limitBytes: () => 20_000 }
  const { as } = setupCloud('demo-resident-b', FIXED_NOW, storage)
  const photo = `data:image/png;base64,${'A'.repeat(400)}`
  await as('demo-resident-b', 'user', {
    action: 'updateProfile',
    name: '李建国',
    phone: '15000001111',
    communityId: 'jc-xinhua',
  })
  await as('staff', 'user', { action: 'bindRole', inviteCode: 'JC-STAFF-2026' })
  const { ticketNo } = await as<{ ticketNo: string }>('demo-resident-b', 'grid', {
    action: 'report',
    category: 'sanitation',
    description: '楼下垃圾桶满了三天没人清运',
    address: '新华社区 3 号楼东侧',
    photos: [photo],
    requestId: 'mine-storage-1',
  })
  for (const to of ['accepted', 'resolved'])
    await as('staff', 'grid', { action: 'advance', ticketNo, to, note: '已处理' })
  await as('demo-resident-b', 'grid', { action: 'rate', ticketNo, score: 5 })
  const { container } = render(<MinePage />, {})

  await waitFor(() => expect(container.textContent).toContain('快满了'))
  tap(buttonByText(container, '清理已办结反映的照片'))

  await waitFor(() => expect(showToast).toHaveBeenCalledWith('已清理 1 条已办结反映的照片'))
  const detail = await as<{ photos?: string[] }>('demo-resident-b', 'grid', { action: 'detail', ticketNo })
  expect(detail.photos ?? []).toEqual([])
})
