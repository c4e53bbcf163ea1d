import Taro from '@tarojs/taro'
import { setupCloud } from '@test/cloud-fixture'
import { askToSubscribe, parseTemplates } from '@/lib/subscribe'

jest.mock('@/lib/toast', () => ({ showToast: jest.fn(), confirmDialog: jest.fn() }))

const A = 'demo-resident-a'
const TEMPLATES = { order: 'tmpl-order-1' }
const platform = process.env.TARO_ENV
const ask = jest.fn()

beforeEach(() => {
  ;(Taro as unknown as { requestSubscribeMessage: unknown }).requestSubscribeMessage = ask
})
afterEach(() => {
  process.env.TARO_ENV = platform
  ask.mockReset()
})

test('should read template ids given at build time and ignore unknown topics', () => {
  expect(parseTemplates('activity:T1, ticket : T2,order:T3,marketing:T4,broken')).toEqual({
    activity: 'T1',
    ticket: 'T2',
    order: 'T3',
  })
  expect(parseTemplates('')).toEqual({})
})

test('should ask nothing on H5', async () => {
  setupCloud(A)
  process.env.TARO_ENV = 'h5'
  await askToSubscribe('order', TEMPLATES)
  expect(ask).not.toHaveBeenCalled()
})

test('should ask nothing in the weapp for a topic without a template id', async () => {
  setupCloud(A)
  process.env.TARO_ENV = 'weapp'
  await askToSubscribe('ticket', TEMPLATES)
  expect(ask).not.toHaveBeenCalled()
})

test('should ask WeChat in the weapp and record the answer', async () => {
  const env = setupCloud(A)
  const record = jest.spyOn(env.cloud, 'callFunction')
  process.env.TARO_ENV = 'weapp'
  ask.mockResolvedValue({ errMsg: 'requestSubscribeMessage:ok', 'tmpl-order-1': 'reject' })

  await askToSubscribe('order', TEMPLATES)

  expect(ask).toHaveBeenCalledWith(expect.objectContaining({ tmplIds: ['tmpl-order-1'] }))
  expect(record).toHaveBeenCalledWith(
    { name: 'messages', data: { action: 'subscribe', topic: 'order', accepted: false } },
    { openid: A },
  )
  const { result } = await record.mock.results[0].value
  expect(result).toEqual({ ok: true, data: expect.objectContaining({ topic: 'order', accepted: false }) })
})

test('should never throw when WeChat refuses to ask', async () => {
  const env = setupCloud(A)
  const record = jest.spyOn(env.cloud, 'callFunction')
  process.env.TARO_ENV = 'weapp'
  ask.mockRejectedValue(new Error('requestSubscribeMessage:fail can only be invoked by user TAP gesture.'))
  await expect(askToSubscribe('order', TEMPLATES)).resolves.toBeUndefined()
  expect(record).not.toHaveBeenCalled()
})
