import { useState } from 'react'
import { Text } from '@tarojs/components'
import { render } from '@tarojs/test-utils-react/dist/pure'
import type { Question } from '@/contract/council'
import type { LoginView } from '@/contract/user'
import '@/lib/cloud-council'
import { DemoSupporters, neighbourName, neighbourPhone } from '../components/demo-supporters'
import { setupCloud } from '@test/cloud-fixture'
import { buttonByText, tap, waitFor } from '@test/dom'

jest.mock('@/lib/toast', () => ({ showToast: jest.fn(), confirmDialog: jest.fn() }))

const XINHUA = 'jc-xinhua'

/** Resident B raises a question in 新华社区; the card is shown to resident A (any viewer may use it). */
async function raised() {
  const fixture = setupCloud('demo-resident-a')
  await fixture.as('demo-resident-b', 'user', {
    action: 'updateProfile',
    name: '李建国',
    phone: '15000001111',
    communityId: XINHUA,
  })
  const question = await fixture.as<Question>('demo-resident-b', 'council', {
    action: 'raise',
    title: '小区北门路灯不亮',
    description: '北门两盏路灯坏了一个多月，晚上出入很不安全',
    category: 'safety',
    communityId: XINHUA,
    requestId: 'ui-demo-supporters-1',
  })
  return { ...fixture, question }
}

function Harness({ initial, seen }: { initial: Question; seen: Question[] }) {
  const [q, setQ] = useState(initial)
  return (
    <>
      <DemoSupporters
        question={q}
        onChange={(next) => {
          seen.push(next)
          setQ(next)
        }}
      />
      <Text data-testid="state">{`${q.status} ${q.supports}`}</Text>
    </>
  )
}

test('should name neighbours without digits and give each an 11-digit phone', () => {
  expect([1, 9, 10, 11, 20].map(neighbourName)).toEqual([
    '邻居一号',
    '邻居九号',
    '邻居十号',
    '邻居十一号',
    '邻居二十号',
  ])
  expect(neighbourPhone(7)).toMatch(/^1[3-9]\d{9}$/)
  expect(neighbourPhone(20)).not.toBe(neighbourPhone(2))
})

test('should make demo neighbours support the question until it reaches its threshold, then hide', async () => {
  const { as, question } = await raised()
  expect(question.status).toBe('raised')
  expect(question.threshold).toBeGreaterThan(1)
  // one neighbour already supports, another lives in another community: neither breaks the run
  await as('demo-neighbour-1', 'user', {
    action: 'updateProfile',
    name: '老街坊',
    phone: '13700000001',
    communityId: XINHUA,
  })
  await as('demo-neighbour-1', 'council', { action: 'support', questionId: question.id })
  await as('demo-neighbour-2', 'user', {
    action: 'updateProfile',
    name: '外社区',
    phone: '13700000002',
    communityId: 'jy-longxing',
  })
  const start = await as<Question>('demo-resident-a', 'council', {
    action: 'detail',
    questionId: question.id,
  })
  const seen: Question[] = []
  const { container } = render(<Harness initial={start} seen={seen} />, {})
  expect(container.textContent).toContain('演示：请邻居附议')
  expect(container.textContent).toContain(`还差 ${question.threshold - 1} 人`)

  tap(buttonByText(container, '请邻居附议'))
  await waitFor(() => expect(container.querySelector('[data-testid="demo-supporters"]')).toBeNull())

  const after = await as<Question>('demo-resident-a', 'council', {
    action: 'detail',
    questionId: question.id,
  })
  expect(after.status).toBe('pending')
  expect(after.supports).toBe(question.threshold)
  expect(container.textContent).toContain(`pending ${question.threshold}`)
  // the page keeps the viewer's own view: the last update is resident A's detail
  expect(seen[seen.length - 1]?.mySupport).toBe(false)
  const third = await as<LoginView>(`demo-neighbour-3`, 'user', { action: 'login' })
  expect(third.profile).toMatchObject({ name: '邻居三号', communityId: XINHUA })
  const moved = await as<LoginView>('demo-neighbour-2', 'user', { action: 'login' })
  expect(moved.profile).toMatchObject({ name: '外社区', communityId: XINHUA })
})

test('should not show the card once the question no longer collects support', async () => {
  const { question } = await raised()
  const { container } = render(
    <DemoSupporters question={{ ...question, status: 'pending' }} onChange={() => undefined} />,
    {},
  )
  expect(container.textContent).not.toContain('请邻居附议')
})
