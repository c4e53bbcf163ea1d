import { SCORE_ITEMS, type ScoreItems } from '../../contract/property'
import type { CloudTx, CompanyDoc, EstateDoc, PropertyAccountDoc } from '../db/schema'
import { addMonths, chinaMonth, monthStart } from '../functions/property/model'

const HOUR = 3_600_000

/**
 * 物业红黑榜 demo data. 金城街道 runs 信托制 property management: each 小区 has a property fund
 * whose accounts are open to its residents, and the 街道 turns each company's monthly service into
 * credit points on a red and black list. The companies below are made up for the demo.
 */
export const SEED_COMPANIES: CompanyDoc[] = [
  { _id: 'co-xinyi', name: '任城信义物业服务有限公司', since: '2024-01', order: 0 },
  { _id: 'co-longze', name: '济宁龙泽物业管理有限公司', since: '2024-01', order: 1 },
  { _id: 'co-hengan', name: '恒安物业服务有限公司', since: '2024-01', order: 2 },
]

/** `est-xinhuayuan` (新华社区) is the 小区 of `XH-PROPERTY-2026`'s company. */
export const SEED_ESTATES: EstateDoc[] = [
  {
    _id: 'est-xinhuayuan',
    name: '新华苑',
    communityId: 'jc-xinhua',
    streetId: 'jincheng',
    companyId: 'co-xinyi',
    order: 0,
  },
  {
    _id: 'est-guanghe',
    name: '洸河花园',
    communityId: 'jc-guanghe',
    streetId: 'jincheng',
    companyId: 'co-xinyi',
    order: 1,
  },
  {
    _id: 'est-longxing',
    name: '龙行家园',
    communityId: 'jy-longxing',
    streetId: 'jiyang',
    companyId: 'co-longze',
    order: 2,
  },
  {
    _id: 'est-longbei',
    name: '龙行北苑',
    communityId: 'jy-longxing',
    streetId: 'jiyang',
    companyId: 'co-hengan',
    order: 3,
  },
  {
    _id: 'est-dianyuan',
    name: '电苑小区',
    communityId: 'jy-dianyuan',
    streetId: 'jiyang',
    companyId: 'co-hengan',
    order: 4,
  },
]

/** Per company, for the last three ended months (oldest first): scorers and each item's target mean. */
const SCORING: Record<string, [scorers: number, targets: number[]][]> = {
  'co-xinyi': [
    [24, [4.5, 4.4, 4.3, 4.2, 4.6]],
    [28, [4.6, 4.5, 4.4, 4.4, 4.7]],
    [31, [4.8, 4.7, 4.6, 4.5, 4.8]],
  ],
  'co-longze': [
    [12, [3.9, 4.0, 3.6, 3.8, 3.7]],
    [14, [4.0, 4.1, 3.8, 3.9, 3.8]],
    [16, [4.1, 4.0, 3.9, 4.0, 3.9]],
  ],
  'co-hengan': [
    [4, [3.5, 3.3, 3.0, 3.4, 3.2]],
    [18, [2.2, 2.5, 1.8, 2.6, 2.0]],
    [15, [3.1, 3.2, 2.9, 3.0, 3.3]],
  ],
}

/** Scorer `i`'s items: whole numbers around the targets, spread so their mean comes close. */
const itemsOf = (targets: number[], i: number): ScoreItems => {
  const entries = SCORE_ITEMS.map(({ id }, k) => {
    const t = targets[k]
    const up = t - Math.floor(t) > ((i * 7 + k * 3) % 10) / 10 ? 1 : 0
    return [id, Math.min(5, Math.max(1, Math.floor(t) + up))]
  })
  return Object.fromEntries(entries) as ScoreItems
}

const RECORDS: [
  companyId: string,
  back: number,
  kind: 'good' | 'bad',
  points: number,
  reason: string,
  communityId: string,
][] = [
  ['co-xinyi', 1, 'good', 3, '暴雨后连夜抽排地下车库积水，居民联名送来感谢信', 'jc-xinhua'],
  ['co-longze', 2, 'good', 2, '协助社区完成老旧楼道线路整治，现场核实', 'jy-longxing'],
  ['co-hengan', 2, 'bad', 3, '电苑小区 2 号楼电梯停运三天未修复，居民多次反映', 'jy-dianyuan'],
  ['co-hengan', 2, 'bad', 2, '龙行北苑垃圾清运不及时，网格员现场查看属实', 'jy-longxing'],
]

const REPLY =
  '针对上月电梯停运和垃圾清运问题，我们已更换电梯维保单位并签订 24 小时到场承诺；垃圾清运改为每日两次，' +
  '清运时间在单元门口公示。本月起每周五在物业服务中心接待居民，整改进展在小区公示栏和收支公开页同步公布。'

/** Monthly fund lines per 小区 (fen): income [物业费, 公共收益], spending [保洁, 秩序, 维修, 绿化, 其他]. */
const FUNDS: Record<string, [income: number[], spending: number[]]> = {
  'est-xinhuayuan': [
    [8_650_000, 1_240_000],
    [2_100_000, 3_300_000, 1_560_000, 680_000, 450_000],
  ],
  'est-guanghe': [
    [5_120_000, 560_000],
    [1_350_000, 2_050_000, 920_000, 410_000, 260_000],
  ],
  'est-longxing': [
    [6_300_000, 880_000],
    [1_720_000, 2_480_000, 1_130_000, 520_000, 300_000],
  ],
  'est-longbei': [
    [3_900_000, 310_000],
    [1_050_000, 1_620_000, 860_000, 240_000, 180_000],
  ],
  'est-dianyuan': [
    [4_400_000, 420_000],
    [1_200_000, 1_880_000, 1_350_000, 300_000, 210_000],
  ],
}

/** Seeds the companies, their 小区, three ended months of scores and records, a reply and accounts. */
export async function seedProperty(tx: CloudTx, now: number): Promise<void> {
  for (const company of SEED_COMPANIES) await tx.insert('companies', company)
  for (const estate of SEED_ESTATES) await tx.insert('estates', estate)
  const current = chinaMonth(now)
  const monthsBack = (back: number) => addMonths(current, -back)
  for (const [companyId, months] of Object.entries(SCORING)) {
    for (let k = 0; k < months.length; k++) {
      const [scorers, targets] = months[k]
      const month = monthsBack(3 - k)
      for (let i = 0; i < scorers; i++) {
        await tx.insert('propertyScores', {
          _id: `ps-seed-${companyId}-${month}-${i}`,
          companyId,
          month,
          // given before the seed: no scorer of these months has an account here
          openid: null,
          items: itemsOf(targets, i),
          at: monthStart(month) + (i + 1) * 20 * HOUR,
        })
      }
    }
  }
  for (const [n, [companyId, back, kind, points, reason, communityId]] of RECORDS.entries()) {
    const month = monthsBack(back)
    await tx.insert('propertyRecords', {
      _id: `pr-seed-${n}`,
      companyId,
      month,
      kind,
      points,
      reason,
      communityId,
      by: null,
      at: monthStart(month) + (10 + n) * 24 * HOUR,
    })
  }
  const blackMonth = monthsBack(2)
  await tx.insert('propertyReplies', {
    _id: `co-hengan:${blackMonth}`,
    companyId: 'co-hengan',
    month: blackMonth,
    text: REPLY,
    by: null,
    at: monthStart(monthsBack(1)) + 3 * 24 * HOUR,
  })
  for (const [estateId, [income, spending]] of Object.entries(FUNDS)) {
    for (let back = 3; back >= 1; back--) {
      const month = monthsBack(back)
      const wobble = (amount: number, j: number) => amount + ((back * 37 + j * 53) % 11) * 10_000
      const confirmed = !(estateId === 'est-xinhuayuan' && back === 1)
      const doc: PropertyAccountDoc = {
        _id: `${estateId}:${month}`,
        estateId,
        month,
        income: [
          { category: 'fee', amount: wobble(income[0], 0) },
          { category: 'public', amount: wobble(income[1], 1) },
        ],
        spending: (['cleaning', 'order', 'repair', 'greening', 'other'] as const).map((category, j) => ({
          category,
          amount: wobble(spending[j], j + 2),
        })),
        enteredBy: null,
        enteredAt: Math.min(now, monthStart(monthsBack(back - 1)) + 2 * 24 * HOUR),
        // 新华苑's last month waits for the community's confirmation (try it as JC-STAFF-2026)
        confirmed,
        confirmedBy: null,
        ...(confirmed
          ? { confirmedAt: Math.min(now, monthStart(monthsBack(back - 1)) + 4 * 24 * HOUR) }
          : {}),
      }
      await tx.insert('propertyAccounts', doc)
    }
  }
  const asked = monthsBack(2)
  await tx.insert('accountQuestions', {
    _id: 'aq-seed-1',
    estateId: 'est-xinhuayuan',
    month: asked,
    category: 'repair',
    text: '这个月维修支出比上个月多，具体修了哪些地方？',
    askerId: null,
    at: monthStart(monthsBack(1)) + 5 * 24 * HOUR,
    answer: {
      text: '更换了 3 号楼、5 号楼的单元门禁和 12 盏楼道灯，维修了东门道闸，票据已在物业服务中心公示。',
      at: monthStart(monthsBack(1)) + 6 * 24 * HOUR,
    },
    answeredBy: null,
  })
}
