import { GIG_TRADES, type Pay, type TradeId } from '../../contract/gigs'
import type { CloudTx, EmployerDoc, JobDoc } from '../db/schema'
import { isBelowGuide } from '../functions/gigs/model'
import { SEED_COMMUNITIES } from './district'

const HOUR = 3_600_000
const DAY = 24 * HOUR
const CHINA_OFFSET = 8 * HOUR

/** The demo employer (`XH-EMPLOYER-2026` binds it): a repair shop in 新华社区, approved. Made up for the demo. */
export const SEED_EMPLOYER: EmployerDoc = {
  _id: 'emp-xh-bianmin',
  name: '新华便民维修部',
  kind: 'shop',
  communityId: 'jc-xinhua',
  streetId: 'jincheng',
  contact: '0537-2261234',
  openid: null,
  status: 'approved',
  appliedAt: 0,
  ratingSum: 0,
  ratingCount: 0,
}

interface SeedJob {
  id: string
  trade: TradeId
  title: string
  description: string
  communityId: string
  address: string
  /** China-time days after today, and the hours (start, end). */
  inDays: number
  hours: [number, number]
  pay: Pay
  headcount: number
  review?: true
}

const JOBS: SeedJob[] = [
  {
    id: 'job-seed-faucet',
    trade: 'repair',
    title: '更换厨房水龙头和角阀',
    description: '老小区住户厨房水龙头漏水，需要上门更换水龙头和两个角阀，配件由店里提供，需自带常用工具。',
    communityId: 'jc-xinhua',
    address: '新华苑 3 号楼 2 单元',
    inDays: 2,
    hours: [9, 11],
    pay: { amount: 70, unit: 'hour' },
    headcount: 1,
  },
  {
    id: 'job-seed-cleaning',
    trade: 'cleaning',
    title: '门店开业前保洁',
    description: '新店装修完工，开业前需要擦玻璃、清理地面和货架灰尘，约 4 小时，清洁用品店里准备。',
    communityId: 'jc-xinhua',
    address: '新华路 88 号临街门面',
    inDays: 3,
    hours: [8, 12],
    pay: { amount: 30, unit: 'hour' },
    headcount: 3,
  },
  {
    id: 'job-seed-delivery',
    trade: 'delivery',
    title: '周末社区团购送货上门',
    description:
      '周末社区团购到货，需要把订单送到新华社区各小区住户家中，电动三轮车由店里提供，熟悉社区道路优先。',
    communityId: 'jc-xinhua',
    address: '新华社区党群服务中心门口',
    inDays: 5,
    hours: [9, 17],
    pay: { amount: 160, unit: 'day' },
    headcount: 2,
  },
  {
    id: 'job-seed-shelves',
    trade: 'moving',
    title: '帮忙搬运店铺货架',
    description: '分店搬到龙行路新门面，需要两位师傅帮忙拆装和搬运货架、纸箱，约 3 小时，有货车。',
    communityId: 'jy-longxing',
    address: '龙行路 126 号',
    inDays: 4,
    hours: [14, 17],
    pay: { amount: 60, unit: 'hour' },
    headcount: 2,
  },
  {
    id: 'job-seed-aircon',
    trade: 'appliance',
    title: '挂式空调清洗三台',
    description: '住户家里三台挂式空调需要拆洗滤网和蒸发器，需有家电清洗经验，按台计酬。',
    communityId: 'jc-xinhua',
    address: '新华苑 5 号楼',
    inDays: 6,
    hours: [14, 18],
    pay: { amount: 100, unit: 'piece' },
    headcount: 1,
    review: true,
  },
]

/** 00:00 China time of the day holding `at`. */
const chinaMidnight = (at: number) => Math.floor((at + CHINA_OFFSET) / DAY) * DAY - CHINA_OFFSET

/**
 * 零工驿站 demo data: the demo employer with recruiting posts in 新华社区 and one in 龙行社区, and one
 * post waiting for review, all in the coming days (times relative to `now`, China time). Guide
 * prices are GIG_TRADES' (demo figures). No applications: the demo identities may all apply.
 */
export async function seedGigs(tx: CloudTx, now: number): Promise<void> {
  await tx.insert('employers', {
    ...SEED_EMPLOYER,
    appliedAt: now - 30 * DAY,
    decidedAt: now - 29 * DAY,
    decidedBy: null,
  })
  const today = chinaMidnight(now)
  for (const [n, s] of JOBS.entries()) {
    const community = SEED_COMMUNITIES.find((c) => c._id === s.communityId)!
    const startAt = today + s.inDays * DAY + s.hours[0] * HOUR
    const createdAt = now - (JOBS.length - n) * HOUR
    const job: JobDoc = {
      _id: s.id,
      employerId: SEED_EMPLOYER._id,
      postedBy: null,
      trade: s.trade,
      title: s.title,
      description: s.description,
      communityId: s.communityId,
      streetId: community.streetId,
      address: s.address,
      startAt,
      endAt: today + s.inDays * DAY + s.hours[1] * HOUR,
      pay: s.pay,
      belowGuide: isBelowGuide(s.pay, GIG_TRADES.find((t) => t.id === s.trade)!.guidePrice),
      headcount: s.headcount,
      accepted: 0,
      // applications close at 20:00 the evening before
      deadline: startAt - s.hours[0] * HOUR - 4 * HOUR,
      status: s.review ? 'review' : 'recruiting',
      createdAt,
    }
    if (!s.review) {
      job.review = { approve: true, at: createdAt + HOUR / 2 }
      job.reviewedBy = null
    }
    await tx.insert('jobs', job)
  }
}
