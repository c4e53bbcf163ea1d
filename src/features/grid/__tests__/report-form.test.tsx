import { act, render } from '@tarojs/test-utils-react/dist/pure'
import type { Page } from '@/contract/envelope'
import type { Ticket } from '@/contract/grid'
import { pickPhotos } from '@/lib/media'
import { ReportForm } from '../components/report-form'
import { answerOf, setupCloud } from '@test/cloud-fixture'
import { buttonByText, inlineMessage, tap, typeArea, typeInto, waitFor } from '@test/dom'

jest.mock('@/lib/toast', () => ({ showToast: jest.fn(), confirmDialog: jest.fn() }))
jest.mock('@/lib/media', () => ({ pickPhotos: jest.fn(), previewPhotos: jest.fn() }))

const PHOTO = 'data:image/jpeg;base64,/9j/4AAQSkZJRgABAQ=='

async function setupForm() {
  const fixture = setupCloud('demo-resident-b')
  await fixture.as('demo-resident-b', 'user', {
    action: 'updateProfile',
    name: '李建国',
    phone: '15000001111',
    communityId: 'jc-xinhua',
  })
  const onDone = jest.fn()
  const view = render(
    <ReportForm profile={{ phoneMasked: '150****1111', communityId: 'jc-xinhua' }} onDone={onDone} />,
    {},
  )
  await waitFor(() => expect(view.container.textContent).toContain('安全隐患'))
  const mine = () => fixture.as<Page<Ticket>>('demo-resident-b', 'grid', { action: 'mine' })
  return { ...fixture, ...view, onDone, mine }
}

test('should show the categories with their hours first and the contact phone masked', async () => {
  const { container } = await setupForm()
  const first = container.querySelector('.report__category') as Element
  expect(container.textContent?.indexOf('选择问题类别')).toBeLessThan(
    container.textContent?.indexOf('描述问题') ?? 0,
  )
  expect(first.textContent).toBe('安全隐患24 小时内办结')
  expect(container.textContent).toContain('联系电话 150****1111')
  expect(container.textContent).not.toContain('15000001111')
})

test('should count the description and refuse an incomplete report inline, storing nothing', async () => {
  const { container, mine, onDone } = await setupForm()
  await typeArea(container, 'description', '灯坏了')
  await waitFor(() => expect(container.textContent).toContain('3/500'))
  tap(buttonByText(container, '提交反映'))
  await waitFor(() => expect(container.textContent).toContain('请先选择问题类别'))
  expect(container.textContent).toContain('问题描述需为 5–500 个字')
  expect(container.textContent).toContain('地址需为 2–100 个字')
  expect(onDone).not.toHaveBeenCalled()
  expect((await mine()).items).toEqual([])
})

test('should refuse a bad replacement phone inline', async () => {
  const { container, onDone } = await setupForm()
  tap(container.querySelector('[data-category="parking"]'))
  await typeArea(container, 'description', '小区门口车辆乱停，消防通道被堵')
  await typeInto(container, 'address', '新华路 12 号')
  tap(Array.from(container.querySelectorAll('.report__link')).find((e) => e.textContent === '换个号码'))
  await typeInto(container, 'phone', '123')
  tap(buttonByText(container, '提交反映'))
  await waitFor(() => expect(container.textContent).toContain('请输入 11 位大陆手机号'))
  expect(onDone).not.toHaveBeenCalled()
})

test('should submit an anonymous report with a photo and hand back the ticket', async () => {
  ;(pickPhotos as jest.Mock).mockResolvedValue([PHOTO])
  const { container, onDone, mine, as } = await setupForm()
  tap(container.querySelector('[data-category="sanitation"]'))
  await waitFor(() => expect(container.textContent).toContain('「环境卫生」类问题承诺 48 小时内办结'))
  await typeArea(container, 'description', '3 号楼东侧垃圾桶满了两天没清运')
  await typeInto(container, 'address', '新华社区 3 号楼东侧')
  tap(container.querySelector('[data-testid="add-photo"]'))
  await waitFor(() => expect(container.querySelectorAll('.photo-picker__cell')).toHaveLength(1))
  expect(pickPhotos).toHaveBeenCalledWith({ count: 3, maxChars: 200_000 })
  act(() => {
    const input = container.querySelector('taro-switch-core input') as HTMLInputElement
    input.click()
  })
  await waitFor(() => expect(container.textContent).not.toContain('联系电话 150****1111'))
  tap(buttonByText(container, '提交反映'))

  await waitFor(() => expect(onDone).toHaveBeenCalled())
  const ticket: Ticket = onDone.mock.calls[0][0]
  expect(ticket).toMatchObject({
    category: 'sanitation',
    anonymous: true,
    photoCount: 1,
    status: 'submitted',
  })
  expect((await mine()).items.map((t) => t.ticketNo)).toEqual([ticket.ticketNo])
  await as('demo-staff', 'user', { action: 'bindRole', inviteCode: 'JC-STAFF-2026' })
  const seen = await as<Ticket>('demo-staff', 'grid', { action: 'detail', ticketNo: ticket.ticketNo })
  expect(seen.photos).toEqual([PHOTO])
  expect(seen.reporter).toBeUndefined()
})

test("should clear each field's message as soon as it is fixed, in the cloud's own words", async () => {
  const { container, as, onDone } = await setupForm()
  tap(buttonByText(container, '提交反映'))
  await waitFor(() => expect(container.textContent).toContain('请先选择问题类别'))

  tap(container.querySelector('[data-category="parking"]'))
  await waitFor(() => expect(container.textContent).not.toContain('请先选择问题类别'))
  expect(container.textContent).toContain('问题描述需为 5–500 个字')
  await typeArea(container, 'description', '小区门口车辆乱停，消防通道被堵')
  await waitFor(() => expect(container.textContent).not.toContain('问题描述需为'))
  expect(container.textContent).toContain('地址需为 2–100 个字')
  await typeInto(container, 'address', '新华路 12 号')
  await waitFor(() => expect(container.textContent).not.toContain('地址需为'))

  tap(Array.from(container.querySelectorAll('.report__link')).find((e) => e.textContent === '换个号码'))
  await typeInto(container, 'phone', '1380000111')
  const cloudSays = await answerOf(
    as('demo-resident-b', 'grid', {
      action: 'report',
      category: 'parking',
      description: '小区门口车辆乱停，消防通道被堵',
      address: '新华路 12 号',
      phone: '1380000111',
      requestId: 'ui-bad-phone-1',
    }),
  )
  const shown = await inlineMessage(
    () => container.querySelector('taro-input-core[name="phone"]')?.parentElement,
  )
  expect(cloudSays).toBe(`INVALID_ARGUMENT ${shown}`)
  await typeInto(container, 'phone', '13800001111')
  await waitFor(() => expect(container.querySelector('.field__error')).toBeNull())
  expect(onDone).not.toHaveBeenCalled()
})
