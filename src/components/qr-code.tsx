import { useMemo } from 'react'
import Taro from '@tarojs/taro'
import { Image, View } from '@tarojs/components'
import qrcode from 'qrcode-generator'

/** A QR code as a GIF data URL, which both the mini-program's and H5's <Image> show. Keep `text` ASCII. */
/** `size` is in design px (750 wide), like the stylesheets. */
export function QrCode({ text, size = 440 }: { text: string; size?: number }) {
  const src = useMemo(() => {
    const qr = qrcode(0, 'M')
    qr.addData(text)
    qr.make()
    return qr.createDataURL(8, 4)
  }, [text])
  return (
    <View className="qr-code" style={{ width: Taro.pxTransform(size), height: Taro.pxTransform(size) }}>
      <Image className="qr-code__image" src={src} data-qr={text} style={{ width: '100%', height: '100%' }} />
    </View>
  )
}
