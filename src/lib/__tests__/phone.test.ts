/** @jest-environment jsdom */
import Taro from '@tarojs/taro'
import { callPhone } from '../phone'
import { confirmDialog } from '../toast'

jest.mock('@tarojs/taro', () => ({ __esModule: true, default: { makePhoneCall: jest.fn() } }))
jest.mock('../toast', () => ({ confirmDialog: jest.fn() }))

const confirm = jest.mocked(confirmDialog)
const makePhoneCall = jest.mocked(Taro.makePhoneCall)

function setupBrowser(answer: boolean) {
  process.env.TARO_ENV = 'h5'
  confirm.mockReset().mockResolvedValue(answer)
  makePhoneCall.mockReset()
  const followed: { href: string; target: string }[] = []
  const listener = (e: MouseEvent) => {
    const link = e.target as HTMLAnchorElement
    followed.push({ href: link.href, target: link.target })
    e.preventDefault()
  }
  document.addEventListener('click', listener)
  const href = window.location.href
  return { followed, href, done: () => document.removeEventListener('click', listener) }
}

afterEach(() => {
  process.env.TARO_ENV = 'h5'
})

test('should ask first in a browser, then follow a tel: link in a window of its own', async () => {
  const { followed, href, done } = setupBrowser(true)
  await callPhone('12345')
  done()
  expect(confirm).toHaveBeenCalledWith('拨打 12345', expect.stringContaining('12345'), '拨打', '取消')
  expect(followed).toEqual([{ href: 'tel:12345', target: '_blank' }])
  expect(window.location.href).toBe(href)
  expect(document.querySelector('a[href^="tel:"]')).toBeNull()
  expect(makePhoneCall).not.toHaveBeenCalled()
})

test('should dial nothing when the person cancels', async () => {
  const { followed, done } = setupBrowser(false)
  await callPhone('12345')
  done()
  expect(followed).toEqual([])
})

test("should leave dialling to WeChat's own makePhoneCall in the mini-program", async () => {
  const { followed, done } = setupBrowser(true)
  process.env.TARO_ENV = 'weapp'
  makePhoneCall.mockResolvedValue({ errMsg: 'makePhoneCall:ok' })
  await callPhone('12345')
  done()
  expect(makePhoneCall).toHaveBeenCalledWith({ phoneNumber: '12345' })
  expect(confirm).not.toHaveBeenCalled()
  expect(followed).toEqual([])
})
