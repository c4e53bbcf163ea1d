import { render } from '@tarojs/test-utils-react/dist/pure'
import { waitFor } from '@test/dom'
import { QrCode } from '../qr-code'

const srcOf = (container: Element) => container.querySelector('taro-image-core')?.getAttribute('src') ?? ''

test('should draw a GIF QR image that changes with its text', async () => {
  const first = render(<QrCode text="https://linli.rencheng.example/q/checkin?c=AAA" />, {})
  await waitFor(() => expect(srcOf(first.container)).toMatch(/^data:image\/gif;base64,/))
  const second = render(<QrCode text="https://linli.rencheng.example/q/checkin?c=BBB" />, {})
  await waitFor(() => expect(srcOf(second.container)).toMatch(/^data:image\/gif;base64,/))
  expect(srcOf(first.container)).not.toBe(srcOf(second.container))
})
