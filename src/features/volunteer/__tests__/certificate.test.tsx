import { render } from '@tarojs/test-utils-react/dist/pure'
import type { Certificate, IssuedCode } from '@/contract/volunteer'
import { CertificateCheck } from '@/features/volunteer/components/certificate-check'
import { CertificateView } from '@/features/volunteer/components/certificate-view'
import { ServiceRecord } from '@/features/volunteer/components/service-record'
import { setBaseClock, switchIdentity } from '@/lib/demo'
import { setupCloud } from '@test/cloud-fixture'
import { buttonByText, tap, typeInto, waitFor } from '@test/dom'

jest.mock('@/lib/toast', () => ({ showToast: jest.fn(), confirmDialog: jest.fn() }))

const HOUR = 3_600_000
const VOL = 'demo-resident-b'

/** 李建国 served a 2-hour activity of 新华社区 in full. */
async function setupServed() {
  const env = setupCloud(VOL)
  const { as, now } = env
  await as(VOL, 'user', { action: 'updateProfile', name: '李建国', phone: '13812345678' })
  await as('demo-staff', 'user', { action: 'bindRole', inviteCode: 'JC-STAFF-2026' })
  const a = await as<{ id: string }>('demo-staff', 'volunteer', {
    action: 'create',
    title: '小区绿地补植',
    description: '',
    place: '新华社区中心花园',
    startAt: now + 3 * HOUR,
    endAt: now + 5 * HOUR,
    quota: 5,
    points: 12,
  })
  await as(VOL, 'volunteer', { action: 'signUp', activityId: a.id })
  const check = async (at: number, kind: 'in' | 'out') => {
    setBaseClock(() => at)
    const { code } = await as<IssuedCode>('demo-staff', 'volunteer', {
      action: 'issueCode',
      activityId: a.id,
      kind,
    })
    await as(VOL, 'volunteer', { action: 'checkIn', code })
  }
  await check(now + 3 * HOUR, 'in')
  await check(now + 5 * HOUR, 'out')
  return env
}

test('should show the year totals and issue a certificate with a code', async () => {
  await setupServed()
  const record = render(<ServiceRecord />, {})
  await waitFor(() =>
    expect(record.container.querySelector('[data-testid="year-totals"]')?.textContent).toContain('2026 年'),
  )
  expect(record.container.textContent).toContain('1 次 · 2 小时 · 12 积分')
  record.unmount()

  const { container } = render(<CertificateView />, {})

  await waitFor(() =>
    expect(container.querySelector('[data-testid="certificate"]')?.textContent).toContain('李建国'),
  )
  expect(container.textContent).toContain('服务时长 2 小时 · 12 积分')
  expect(container.textContent).toContain('任城区金城街道')
  expect(container.querySelector('[data-testid="certificate-code"]')?.textContent).toMatch(
    /[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}/,
  )
  expect(buttonByText(container, '下载证明图片')).toBeTruthy()
})

test('should say why no certificate can be issued yet', async () => {
  const { as } = setupCloud(VOL)
  await as(VOL, 'user', { action: 'updateProfile', name: '李建国', phone: '13812345678' })
  const { container } = render(<CertificateView />, {})

  await waitFor(() => expect(container.textContent).toContain('还不能开具证明'))
  expect(container.textContent).toContain('还没有已完成的志愿服务')
})

test('should let staff check a certificate code and see the holder masked', async () => {
  const { as } = await setupServed()
  const cert = await as<Certificate>(VOL, 'volunteer', { action: 'certificate' })
  switchIdentity('demo-staff')
  const { container } = render(<CertificateCheck />, {})

  await typeInto(container, 'certificateCode', 'ZZZZ-ZZZZ-ZZZZ')
  tap(buttonByText(container, '核验'))
  await waitFor(() => expect(container.textContent).toContain('没有这张志愿服务证明'))
  await typeInto(container, 'certificateCode', cert.code.toLowerCase())
  await waitFor(() => expect(container.textContent).not.toContain('没有这张志愿服务证明'))
  tap(buttonByText(container, '核验'))

  await waitFor(() =>
    expect(container.querySelector('[data-testid="certificate-verified"]')?.textContent).toContain('李**'),
  )
  expect(container.textContent).toContain('服务时长 2 小时 · 12 积分 · 1 次服务')
  expect(container.textContent).not.toContain('李建国')
})
