import type { GoodsPicture } from '../../contract/shop'
import type { GoodsDoc } from '../db/schema'

type Row = [
  shopId: string,
  name: string,
  points: number,
  stock: number,
  perPersonLimit: number,
  picture: GoodsPicture,
]

const ROWS: Row[] = [
  ['shop-yj-xinhua', '抽纸 3 包装', 20, 60, 5, 'tissue'],
  ['shop-yj-xinhua', '鸡蛋 10 枚', 30, 40, 3, 'eggs'],
  ['shop-yj-xinhua', '洗衣液 2 kg', 60, 25, 2, 'detergent'],
  ['shop-yj-xinhua', '东北大米 5 kg', 100, 20, 1, 'rice'],
  ['shop-yj-xinhua', '低偿理发 1 次', 40, 15, 2, 'haircut'],
  ['shop-yj-guanghe', '食用盐 400 g', 10, 50, 5, 'salt'],
  ['shop-yj-guanghe', '牙膏 120 g', 25, 30, 3, 'toothpaste'],
  ['shop-zgx-exchange', '社区停车位 1 小时', 10, 100, 10, 'parking'],
  ['shop-zgx-exchange', '家电清洗 1 次', 80, 10, 1, 'cleaning'],
  ['shop-cx-oil', '葵花籽油 1 L', 50, 40, 2, 'oil'],
]

/** Goods of the seeded partner shops: points price, stock and a per-person limit (for all time). */
export const SEED_GOODS: GoodsDoc[] = ROWS.map(
  ([shopId, name, points, stock, perPersonLimit, picture], i) => ({
    _id: `goods-${String(i + 1).padStart(2, '0')}`,
    shopId,
    name,
    points,
    stock,
    perPersonLimit,
    order: i,
    picture,
  }),
)
