import { render } from '@tarojs/test-utils-react/dist/pure'
import type { Ticket } from '@/contract/grid'
import { StaffActions } from '../components/staff-actions'
import { setupCloud } from '@test/cloud-fixture'
import { buttonByText, tap, typeArea, waitFor } from '@test/dom'

jest.mock('@/lib/toast', () => ({ showToast: jest.fn(), confirmDialog: jest.fn() }))

async function setupActions({ accepted = false } = {}) {
  const fixture = setupCloud('demo-staff')
  await fixture.as('demo-resident-b', 'user', {
    action: 'updateProfile',
    name: '李建国',
    phone: '15000001111',
    communityId: 'jc-xinhua',
  })
  await fixture.as('demo-staff', 'user', { action: 'bindRole', inviteCode: 'JC-STAFF-2026' })
  const ticket = await fixture.as<Ticket>('demo-resident-b', 'grid', {
    action: 'report',
    category: 'sanitation',
    description: '楼下垃圾桶满了三天没人清运',
    address: '新华社区 3 号楼东侧',
    photos: ['data:image/jpeg;base64,/9j/4AAQSkZJRgABAQ=='],
    requestId: 'ui-staff-actions-1',
  })
  if (accepted) {
    await fixture.as('demo-staff', 'grid', {
      action: 'advance',
      ticketNo: ticket.ticketNo,
      to: 'accepted',
      note: '已受理',
    })
  }
  const shown = await fixture.as<Ticket>('demo-staff', 'grid', {
    action: 'detail',
    ticketNo: ticket.ticketNo,
  })
  const onDone = jest.fn()
  const view = render(<StaffActions ticket={shown} onDone={onDone} />, {})
  const error = () => view.container.querySelector('.field__error')?.textContent ?? null
  return { ...fixture, ...view, onDone, error }
}

test("should clear the note's message as soon as a note is written, and send nothing before", async () => {
  const { container, onDone, error } = await setupActions()
  tap(buttonByText(container, '受理'))
  await waitFor(() => expect(error()).toBe('请填写处理说明'))
  await typeArea(container, 'note', '已受理')
  await waitFor(() => expect(error()).toBeNull())
  expect(onDone).not.toHaveBeenCalled()
})

test('should ask for a department to dispatch to, and drop the message once one is picked', async () => {
  const { container, onDone, error } = await setupActions({ accepted: true })
  await typeArea(container, 'note', '请环卫所清运')
  tap(buttonByText(container, '派单'))
  await waitFor(() => expect(error()).toBe('派单需要选择承办部门'))
  tap(Array.from(container.querySelectorAll('.chip')).find((c) => c.textContent === '城市管理综合执法'))
  await waitFor(() => expect(error()).toBeNull())
  tap(buttonByText(container, '派单'))
  await waitFor(() => expect(onDone).toHaveBeenCalledTimes(1))
  const next = onDone.mock.calls[0][0] as Ticket
  expect(next).toMatchObject({ status: 'dispatched', department: '城市管理综合执法', photoCount: 1 })
  expect(next.photos).toHaveLength(1)
})

test('should show a staff member why they cannot handle a ticket they reported, instead of the steps', async () => {
  const fixture = setupCloud('demo-staff')
  await fixture.as('demo-staff', 'user', { action: 'bindRole', inviteCode: 'JC-STAFF-2026' })
  await fixture.as('demo-staff', 'user', {
    action: 'updateProfile',
    name: '张社工',
    phone: '13700001111',
    communityId: 'jc-xinhua',
  })
  const own = await fixture.as<Ticket>('demo-staff', 'grid', {
    action: 'report',
    category: 'sanitation',
    description: '楼下垃圾桶满了三天没人清运',
    address: '新华社区 3 号楼东侧',
    requestId: 'ui-staff-actions-own',
  })
  const { container } = render(<StaffActions ticket={own} onDone={jest.fn()} />, {})
  expect(container.textContent).toContain('这是你本人反映的问题，请由本社区其他工作人员处理')
  expect(container.querySelectorAll('taro-button-core')).toHaveLength(0)
})
