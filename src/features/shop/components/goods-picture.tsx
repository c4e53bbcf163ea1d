import { Text, View } from '@tarojs/components'
import type { GoodsPicture } from '@/contract/shop'

/** A small picture per kind of goods, drawn in CSS: a coloured tile with its sign. */
const PICTURES: Record<GoodsPicture, { sign: string; tone: string }> = {
  tissue: { sign: '纸', tone: 'sky' },
  eggs: { sign: '蛋', tone: 'sun' },
  detergent: { sign: '洗', tone: 'sky' },
  rice: { sign: '米', tone: 'wheat' },
  haircut: { sign: '剪', tone: 'rose' },
  salt: { sign: '盐', tone: 'grey' },
  toothpaste: { sign: '牙', tone: 'mint' },
  parking: { sign: 'P', tone: 'blue' },
  cleaning: { sign: '净', tone: 'mint' },
  oil: { sign: '油', tone: 'sun' },
}

export function GoodsPictureTile({ picture }: { picture: GoodsPicture }) {
  const p = PICTURES[picture] ?? { sign: '礼', tone: 'rose' }
  return (
    <View className={`goods-pic goods-pic--${p.tone}`} aria-hidden>
      <Text className="goods-pic__sign">{p.sign}</Text>
    </View>
  )
}
