import type { ShopDoc } from '../db/schema'

/** Coordinates are GCJ-02 (WeChat's map), placed at each shop's community in 任城区. */

export const SEED_SHOPS: ShopDoc[] = [
  {
    _id: 'shop-yj-xinhua',
    name: '易捷便利店 新华社区店',
    streetId: 'jincheng',
    communityId: 'jc-xinhua',
    address: '金城街道新华社区党群服务中心一楼',
    hours: '每天 07:30–21:30',
    lat: 35.4127,
    lng: 116.5868,
  },
  {
    _id: 'shop-yj-guanghe',
    name: '易捷便利店 洸河社区店',
    streetId: 'jincheng',
    communityId: 'jc-guanghe',
    address: '金城街道洸河社区服务站旁',
    hours: '每天 08:00–21:00',
    lat: 35.4049,
    lng: 116.5952,
  },
  {
    _id: 'shop-zgx-exchange',
    name: '竹竿巷社区信用积分兑换站',
    streetId: 'yuehe',
    communityId: 'yh-zhuganxiang',
    address: '越河街道竹竿巷社区居委会一楼',
    hours: '周一至周五 09:00–17:00',
    lat: 35.4163,
    lng: 116.5809,
  },
  {
    _id: 'shop-cx-oil',
    name: '崇宣葵花籽油坊',
    streetId: 'nanzhang',
    communityId: 'nz-chongxuan',
    address: '南张街道崇宣新村油葵观光基地入口',
    hours: '每天 08:30–18:00',
    lat: 35.3476,
    lng: 116.5512,
  },
]
