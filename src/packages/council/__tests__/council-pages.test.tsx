import * as taroModule from '@tarojs/taro'
import Taro from '@tarojs/taro'
import { act, render } from '@tarojs/test-utils-react/dist/pure'
import type { Question, QuestionPage as Page } from '@/contract/council'
import { useSession } from '@/features/session/store'
import BoardPage from '../board/index'
import QuestionPage from '../question/index'
import RaisePage from '../raise/index'
import { setupCloud } from '@test/cloud-fixture'
import { buttonByText, tap, typeArea, typeInto, waitFor } from '@test/dom'

jest.mock('@/lib/toast', () => ({ showToast: jest.fn(), confirmDialog: jest.fn() }))

const XINHUA = 'jc-xinhua'

/** A question raised by resident B in 新华社区; the page opened by `viewer`. */
async function openQuestion(viewer: string, invite?: string) {
  const fixture = setupCloud(viewer)
  useSession.setState({ status: 'idle', view: null })
  const profile = (who: string, name: string, phone: string) =>
    fixture.as(who, 'user', { action: 'updateProfile', name, phone, communityId: XINHUA })
  await profile('demo-resident-b', '李建国', '15000001111')
  if (viewer !== 'demo-resident-b') await profile(viewer, '王秀兰', '13912345678')
  if (invite) await fixture.as(viewer, 'user', { action: 'bindRole', inviteCode: invite })
  const raised = await fixture.as<Question>('demo-resident-b', 'council', {
    action: 'raise',
    title: '三号楼前晚上停车难',
    description: '晚上七点以后三号楼前停满车，消防通道也被占了',
    category: 'parking',
    communityId: XINHUA,
    requestId: 'ui-question-page-1',
  })
  jest.spyOn(taroModule, 'useRouter').mockReturnValue({ params: { id: raised.id } } as never)
  const view = render(<QuestionPage />, {})
  mounted.push(view.unmount)
  await waitFor(() => expect(view.container.textContent).toContain('三号楼前晚上停车难'))
  const detail = () => fixture.as<Question>(viewer, 'council', { action: 'detail', questionId: raised.id })
  return { ...fixture, ...view, raised, detail }
}

const mounted: (() => void)[] = []

afterEach(() => {
  mounted.splice(0).forEach((unmount) => unmount())
  jest.restoreAllMocks()
})

test('should support and take the support back, the count following the cloud', async () => {
  const { container, raised, detail } = await openQuestion('demo-resident-a')
  const threshold = raised.threshold
  await waitFor(() => expect(buttonByText(container, '附议')).toBeTruthy())
  expect(container.textContent).toContain(`0 / ${threshold} 人附议`)

  tap(buttonByText(container, '附议'))
  await waitFor(() => expect(container.textContent).toContain(`1 / ${threshold} 人附议`))
  expect((await detail()).mySupport).toBe(true)

  tap(buttonByText(container, '取消附议'))
  await waitFor(() => expect(container.textContent).toContain(`0 / ${threshold} 人附议`))
  expect(buttonByText(container, '附议')).toBeTruthy()
  expect((await detail()).supports).toBe(0)
})

test('should not offer the author a support button on their own question', async () => {
  const { container } = await openQuestion('demo-resident-b')
  await waitFor(() => expect(container.textContent).toContain('这是你提出的问题'))
  expect(() => buttonByText(container, '附议')).toThrow()
  expect(buttonByText(container, '撤回问题')).toBeTruthy()
})

test('should let the 议事员 post a 献策 shown under their title, refusing a short one inline', async () => {
  const { container, detail } = await openQuestion('demo-resident-a', 'XH-ADVISER-2026')
  await waitFor(() => expect(container.textContent).toContain('我来献策 · 议事员 · 民盟'))
  await typeArea(container, 'proposal', '建议错峰')
  tap(buttonByText(container, '发布献策'))
  await waitFor(() => expect(container.textContent).toContain('献策需为 10–800 个字'))
  expect((await detail()).proposals).toEqual([])

  const text = '建议与周边单位协商，晚上开放单位停车场错峰停车，并施划消防通道禁停线'
  await typeArea(container, 'proposal', text)
  tap(buttonByText(container, '发布献策'))
  await waitFor(() =>
    expect(container.querySelector('[data-testid="proposals"]')?.textContent).toContain(text),
  )
  expect(container.querySelector('[data-testid="proposals"]')?.textContent).toContain('议事员 · 民盟')
  expect(container.textContent).toContain('议事员献策（1）')
  expect((await detail()).proposals.map((p) => p.text)).toEqual([text])
})

test('should make staff give a reason to reject, then show the rejection and its reason publicly', async () => {
  const { container, detail } = await openQuestion('demo-staff', 'JC-STAFF-2026')
  await waitFor(() => expect(container.textContent).toContain('答复居民'))
  tap(Array.from(container.querySelectorAll('.chip')).find((c) => c.textContent === '不予采纳'))
  tap(buttonByText(container, '公开答复'))
  await waitFor(() => expect(container.textContent).toContain('不予采纳需写明理由，理由会公开'))
  expect((await detail()).answer).toBeUndefined()

  await typeArea(container, 'reason', '三号楼前是消防通道，不能划为停车位')
  await waitFor(() => expect(container.textContent).not.toContain('不予采纳需写明理由'))
  tap(buttonByText(container, '公开答复'))
  await waitFor(() =>
    expect(container.querySelector('[data-testid="answer"]')?.textContent).toContain('不予采纳'),
  )
  expect(container.querySelector('[data-testid="answer"]')?.textContent).toContain(
    '理由：三号楼前是消防通道，不能划为停车位',
  )
  expect(await detail()).toMatchObject({ status: 'rejected', answer: { status: 'rejected' } })
  expect(container.querySelector('[data-testid="answer-form"]')).toBeNull()
})

test('should raise the question and open it in place of the form', async () => {
  const { as } = setupCloud('demo-resident-a')
  useSession.setState({ status: 'idle', view: null })
  await as('demo-resident-a', 'user', {
    action: 'updateProfile',
    name: '王秀兰',
    phone: '13912345678',
    communityId: XINHUA,
  })
  const mine = async () =>
    (await as<Page>('demo-resident-a', 'council', { action: 'list', communityId: XINHUA, sort: 'new' })).items
  const redirect = jest.spyOn(Taro, 'redirectTo').mockResolvedValue({ errMsg: 'redirectTo:ok' })
  const { container } = render(<RaisePage />, {})
  await typeInto(container, 'title', '小区健身器材年久失修')
  tap(Array.from(container.querySelectorAll('.chip')).find((c) => c.textContent === '文体活动'))
  await typeArea(container, 'description', '广场东侧的健身器材螺丝松动，老人锻炼不安全')
  tap(buttonByText(container, '提交点单'))

  await waitFor(() => expect(redirect).toHaveBeenCalled())
  const [latest] = await mine()
  expect(latest).toMatchObject({ title: '小区健身器材年久失修', category: 'culture', status: 'raised' })
  expect(redirect).toHaveBeenCalledWith({ url: `/packages/council/question/index?id=${latest.id}` })
})

test('should ask someone with no community to set one instead of showing the board’s error', async () => {
  const { as } = setupCloud('demo-clerk')
  useSession.setState({ status: 'idle', view: null })
  jest.spyOn(taroModule, 'useRouter').mockReturnValue({ params: {} } as never)
  const { container, unmount } = render(<BoardPage />, {})
  mounted.push(unmount)
  await waitFor(() =>
    expect(container.textContent).toContain('设置所在社区后，就能看到本社区和本街道的议事看板'),
  )
  expect(container.querySelector('.state-view--error')).toBeNull()
  expect(container.textContent).not.toContain('请先选择社区')

  // with a home community the same page shows that community's board
  await as('demo-clerk', 'user', {
    action: 'updateProfile',
    name: '赵晓梅',
    phone: '13700002222',
    communityId: XINHUA,
  })
  await act(() => useSession.getState().load())
  await waitFor(() => expect(container.textContent).toContain('落实率'))
  expect(container.querySelector('[data-testid="no-community"]')).toBeNull()
})
