import { render } from '@tarojs/test-utils-react/dist/pure'
import type { Question, QuestionPage } from '@/contract/council'
import { RaiseForm } from '../components/raise-form'
import { setupCloud } from '@test/cloud-fixture'
import { buttonByText, tap, typeArea, typeInto, waitFor } from '@test/dom'

jest.mock('@/lib/toast', () => ({ showToast: jest.fn(), confirmDialog: jest.fn() }))
jest.mock('@/lib/media', () => ({ pickPhotos: jest.fn(), previewPhotos: jest.fn() }))

const XINHUA = 'jc-xinhua'

async function residents() {
  const fixture = setupCloud('demo-resident-a')
  for (const [who, name, phone] of [
    ['demo-resident-a', '王秀兰', '13912345678'],
    ['demo-resident-b', '李建国', '15000001111'],
  ])
    await fixture.as(who, 'user', { action: 'updateProfile', name, phone, communityId: XINHUA })
  const mine = async () =>
    (
      await fixture.as<QuestionPage>('demo-resident-a', 'council', {
        action: 'list',
        communityId: XINHUA,
        sort: 'new',
      })
    ).items
  return { ...fixture, mine }
}

test('should refuse a short title and description inline, in the cloud’s words, sending nothing', async () => {
  const { mine } = await residents()
  const before = await mine()
  const onDone = jest.fn()
  const { container } = render(<RaiseForm communityId={XINHUA} onDone={onDone} />, {})
  await typeInto(container, 'title', '停车')
  await typeArea(container, 'description', '太难了')
  tap(buttonByText(container, '提交点单'))
  await waitFor(() => expect(container.textContent).toContain('标题需为 5–30 个字'))
  expect(container.textContent).toContain('问题描述需为 10–500 个字')
  expect(container.textContent).toContain('请先选择议题类别')
  expect(onDone).not.toHaveBeenCalled()
  expect(await mine()).toEqual(before)

  await typeInto(container, 'title', '三号楼前晚上停车难')
  await waitFor(() => expect(container.textContent).not.toContain('标题需为'))
  expect(container.textContent).toContain('问题描述需为 10–500 个字')
})

test('should offer a look-alike open question of the community while the title is typed', async () => {
  const { as } = await residents()
  const other = await as<Question>('demo-resident-b', 'council', {
    action: 'raise',
    title: '三号楼前晚上停车难',
    description: '晚上七点以后三号楼前停满车，消防通道也被占了',
    category: 'parking',
    communityId: XINHUA,
    requestId: 'ui-raise-similar-1',
  })
  const { container } = render(<RaiseForm communityId={XINHUA} onDone={jest.fn()} />, {})
  await typeInto(container, 'title', '晚上停车太难了')
  const similar = await waitFor(() => {
    const found = container.querySelector('[data-testid="similar"]')
    if (!found) throw new Error('no suggestions yet')
    return found
  })
  expect(similar.textContent).toContain('这些问题和你的很像，去附议吧')
  expect(similar.querySelector(`[data-question="${other.id}"]`)?.textContent).toContain('三号楼前晚上停车难')
})
