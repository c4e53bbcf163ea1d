import type { CommunityDoc, StreetDoc } from '../db/schema'

const STREETS: [id: string, name: string, communities: [id: string, name: string][]][] = [
  [
    'jincheng',
    '金城街道',
    [
      ['jc-xinhua', '新华社区'],
      ['jc-guanghe', '洸河社区'],
    ],
  ],
  [
    'jiyang',
    '济阳街道',
    [
      ['jy-longxing', '龙行社区'],
      ['jy-dianyuan', '电苑社区'],
      ['jy-nanmen', '南门社区'],
      ['jy-liuhang', '柳行社区'],
    ],
  ],
  ['fuqiao', '阜桥街道', [['fq-jinpujie', '津浦街社区']]],
  ['guhuai', '古槐街道', [['gh-xianqianjie', '县前街社区']]],
  ['guanyinge', '观音阁街道', [['gyg-leyuan', '乐苑社区']]],
  ['yuehe', '越河街道', [['yh-zhuganxiang', '竹竿巷社区']]],
  ['wangyin', '王因街道', [['wy-liucun', '刘村']]],
  ['nanzhang', '南张街道', [['nz-chongxuan', '崇宣新村']]],
  ['xianying', '仙营街道', []],
  ['liying', '李营街道', []],
  ['tangkou', '唐口街道', []],
  ['ershilipu', '二十里铺街道', []],
]

export const SEED_STREETS: StreetDoc[] = STREETS.map(([id, name], order) => ({ _id: id, name, order }))

export const SEED_COMMUNITIES: CommunityDoc[] = STREETS.flatMap(([streetId, , communities]) =>
  communities.map(([id, name], order) => ({ _id: id, name, streetId, order })),
)
