import { render } from '@tarojs/test-utils-react/dist/pure'
import type { QuestionPage } from '@/contract/council'
import { setBaseClock } from '@/lib/demo'
import '@/lib/cloud-council'
import { QuestionList } from '../components/question-list'
import { FIXED_NOW, setupCloud } from '@test/cloud-fixture'
import { tap, waitFor } from '@test/dom'

jest.mock('@/lib/toast', () => ({ showToast: jest.fn(), confirmDialog: jest.fn() }))
jest.mock('@/lib/navigation', () => ({ openPage: jest.fn(), openTab: jest.fn(), goBack: jest.fn() }))

const XINHUA = 'jc-xinhua'
const residents = ['demo-resident-a', 'demo-resident-b', 'demo-resident-c', 'demo-resident-d']

async function seedQuestions() {
  const fixture = setupCloud('demo-resident-a')
  for (const [i, who] of residents.entries()) {
    await fixture.as(who, 'user', {
      action: 'updateProfile',
      name: `居民${'甲乙丙丁'[i]}`,
      phone: `1390000000${i}`,
      communityId: XINHUA,
    })
  }
  const raise = (who: string, title: string, at: number) => {
    setBaseClock(() => at)
    return fixture.as<{ id: string }>(who, 'council', {
      action: 'raise',
      title,
      description: '说明一下这个问题的具体情况，希望社区研究',
      category: 'other',
      communityId: XINHUA,
      requestId: `ui-list-${who}`,
    })
  }
  const older = await raise('demo-resident-b', '健身器材年久失修需要更换', FIXED_NOW - 3_600_000)
  await raise('demo-resident-a', '傍晚广场舞音量过大扰民', FIXED_NOW)
  for (const who of ['demo-resident-c', 'demo-resident-d'])
    await fixture.as(who, 'council', { action: 'support', questionId: older.id })
  const list = async (sort: 'support' | 'new') =>
    (
      await fixture.as<QuestionPage>('demo-resident-a', 'council', {
        action: 'list',
        communityId: XINHUA,
        sort,
      })
    ).items.map((q) => q.title)
  return { ...fixture, list }
}

const shownTitles = (container: Element) =>
  Array.from(container.querySelectorAll('.council-card__title')).map((e) => e.textContent)

test('should show the community’s questions as the cloud sorts them, and re-sort on 最新', async () => {
  const { list } = await seedQuestions()
  const bySupport = await list('support')
  const byDate = await list('new')
  expect(bySupport).not.toEqual(byDate)
  const { container } = render(<QuestionList communityId={XINHUA} staff={false} />, {})

  await waitFor(() => expect(shownTitles(container)).toEqual(bySupport))
  const card = container.querySelector('.council-card') as Element
  expect(card.textContent).toMatch(/\d+ (\/ \d+ )?人附议/)
  expect(container.textContent).not.toMatch(/1\d{10}/)

  tap(container.querySelector('[data-sort="new"]'))
  await waitFor(() => expect(shownTitles(container)).toEqual(byDate))
  expect(byDate[0]).toBe('傍晚广场舞音量过大扰民')
})

test('should say so when a community has no questions yet', async () => {
  const { as } = setupCloud('demo-resident-a')
  const empty = await as<QuestionPage>('demo-resident-a', 'council', {
    action: 'list',
    communityId: 'gh-xianqianjie',
  })
  expect(empty.items).toEqual([])
  const { container } = render(<QuestionList communityId="gh-xianqianjie" staff={false} />, {})
  await waitFor(() => expect(container.textContent).toContain('社区里还没有人点单'))
  expect(container.querySelectorAll('.council-card')).toHaveLength(0)
})

test('should start staff on 待答复 and show every status again on 全部', async () => {
  const { list } = await seedQuestions()
  const { container } = render(<QuestionList communityId={XINHUA} staff />, {})
  const on = () => container.querySelector('.chip--on')?.textContent
  await waitFor(() => expect(on()).toBe('待答复'))
  await waitFor(() =>
    expect(
      Array.from(container.querySelectorAll('[data-status]')).every(
        (t) => t.getAttribute('data-status') === 'pending',
      ),
    ).toBe(true),
  )
  const all = await list('support')
  tap(Array.from(container.querySelectorAll('.chip')).find((c) => c.textContent === '全部'))
  await waitFor(() => expect(shownTitles(container)).toEqual(all))
})
