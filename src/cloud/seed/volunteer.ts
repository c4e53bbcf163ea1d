import type { ActivityDoc, CloudTx } from '../db/schema'
import { createSecret } from '../functions/volunteer/codes'
import type { RandomBytes } from '../runtime/random'

const MIN = 60_000
const HOUR = 60 * MIN
const DAY = 24 * HOUR

type Seed = [
  title: string,
  place: string,
  description: string,
  startIn: number,
  hours: number,
  quota: number,
  points: number,
]

const XINHUA: Seed[] = [
  [
    '楼道清洁日',
    '新华社区 3 号楼至 6 号楼',
    '清理楼道杂物和小广告，扫帚手套由社区准备。',
    20 * MIN,
    2,
    20,
    10,
  ],
  [
    '独居老人上门探访',
    '新华社区党群服务中心集合',
    '两人一组探望独居老人，陪聊天、帮忙检查水电燃气。',
    3 * DAY,
    2.5,
    10,
    15,
  ],
  ['垃圾分类桶边引导', '新华社区西门投放点', '在投放高峰时段引导居民分类投放。', -2 * DAY, 2, 15, 10],
]
const LONGXING: Seed = [
  '文明交通劝导',
  '龙行路与共青团路路口',
  '协助交警劝导行人和非机动车文明出行。',
  1 * DAY,
  2,
  12,
  8,
]

/** Where each seeded activity meets, on the map (GCJ-02, approximate points in 任城区). */
const MEETING_POINTS: [lat: number, lng: number][] = [
  [35.4152, 116.5898],
  [35.4148, 116.5885],
  [35.4139, 116.5879],
  [35.4021, 116.5763],
]

/** Demo activities placed relative to now (one about to start, one later, one ended), and the HMAC key. */
export async function seedVolunteer(tx: CloudTx, now: number, random: RandomBytes): Promise<void> {
  await createSecret(tx, random)
  const base = Math.ceil(now / (5 * MIN)) * 5 * MIN
  const rows: [string, string, Seed][] = [
    ...XINHUA.map((s): [string, string, Seed] => ['jincheng', 'jc-xinhua', s]),
    ['jiyang', 'jy-longxing', LONGXING],
  ]
  for (const [
    i,
    [streetId, communityId, [title, place, description, startIn, hours, quota, points]],
  ] of rows.entries()) {
    const startAt = base + startIn
    const doc: ActivityDoc = {
      _id: `act-seed-${i + 1}`,
      title,
      description,
      place,
      streetId,
      communityId,
      startAt,
      endAt: startAt + hours * HOUR,
      quota,
      points,
      cancelDeadline: startAt - 2 * HOUR,
      signedUp: 0,
      cancelled: false,
      createdBy: 'seed',
      createdAt: Math.min(now, startAt) - 7 * DAY,
    }
    const point = MEETING_POINTS[i]
    if (point) doc.location = { name: place, address: `济宁市任城区${place}`, lat: point[0], lng: point[1] }
    await tx.insert('activities', doc)
  }
}
