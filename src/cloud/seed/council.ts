import type { CouncilRating, PlanStage, QuestionStatus } from '../../contract/council'
import { COUNCIL_RULES } from '../../contract/council'
import type { CloudTx, QuestionDoc } from '../db/schema'
import { createUser } from '../functions/user/users'
import { SEED_COMMUNITIES } from './district'

const HOUR = 3_600_000
const DAY = 24 * HOUR

/** 龙行社区 collects support with a lower threshold, to show the range (2–20); every other community has the default. */
export const SEED_THRESHOLDS: Record<string, number> = { 'jy-longxing': 5 }

/** Residents of the seed who raise, support and rate (never the demo identities, so the demo can support). */
const RESIDENTS: [openid: string, name: string, communityId: string][] = [
  ['seed-xh-01', '张桂芳', 'jc-xinhua'],
  ['seed-xh-02', '刘志强', 'jc-xinhua'],
  ['seed-xh-03', '陈丽娟', 'jc-xinhua'],
  ['seed-xh-04', '赵建民', 'jc-xinhua'],
  ['seed-xh-05', '孙秀英', 'jc-xinhua'],
  ['seed-xh-06', '周国庆', 'jc-xinhua'],
  ['seed-xh-07', '吴海燕', 'jc-xinhua'],
  ['seed-xh-08', '郑红梅', 'jc-xinhua'],
  ['seed-xh-09', '冯志刚', 'jc-xinhua'],
  ['seed-xh-10', '褚玉兰', 'jc-xinhua'],
  ['seed-xh-11', '卫明远', 'jc-xinhua'],
  ['seed-xh-12', '蒋淑珍', 'jc-xinhua'],
  ['seed-lx-01', '韩立新', 'jy-longxing'],
  ['seed-lx-02', '杨春花', 'jy-longxing'],
  ['seed-lx-03', '朱卫东', 'jy-longxing'],
  ['seed-lx-04', '秦素芬', 'jy-longxing'],
  ['seed-lx-05', '许文博', 'jy-longxing'],
  ['seed-lx-06', '何桂兰', 'jy-longxing'],
  ['seed-lx-07', '吕建华', 'jy-longxing'],
]

interface SeedQuestion {
  id: string
  communityId: string
  author: string
  title: string
  description: string
  category: string
  status: QuestionStatus
  /** Days before now it was raised. */
  ago: number
  supporters: string[]
  answer?: { status: 'evaluating' | 'accepted' | 'rejected'; reason: string; ago: number }
  plan?: { stage: PlanStage; progress: number; milestones: [ago: number, note: string][] }
  proposals?: [title: string, text: string, ago: number][]
  ratings?: [openid: string, rating: CouncilRating][]
}

const MINMENG = '议事员 · 民盟'
const ZHIGONG = '议事员 · 致公党'

/**
 * 居民点单、党派献策、社区落实 as 济阳街道 runs it offline (district news), put in two communities'
 * words: questions in every status (one accepted and under way, one done and rated, one rejected
 * with its reason, raised and pending ones with supports).
 */
const QUESTIONS: SeedQuestion[] = [
  {
    id: 'q-seed-xh-parking',
    communityId: 'jc-xinhua',
    author: 'seed-xh-01',
    title: '晚上回来找不到车位，能否错时共享停车',
    description:
      '下班回来七点以后小区里基本没有空车位，车只能停到路边。旁边的单位院子晚上空着，能不能和单位商量错时共享，晚上给居民停、白天让出来？',
    category: 'parking',
    status: 'raised',
    ago: 5,
    supporters: ['seed-xh-02', 'seed-xh-03', 'seed-xh-04', 'seed-xh-05', 'seed-xh-06', 'seed-xh-07'],
  },
  {
    id: 'q-seed-xh-sorting',
    communityId: 'jc-xinhua',
    author: 'seed-xh-02',
    title: '3号楼垃圾分类投放点太远，老人不方便',
    description:
      '撤桶并点以后，3 号楼到最近的分类投放点要走四五百米，楼里老人多，提着厨余垃圾来回不方便，有的就放在楼道口。希望在 3 号楼附近增设一个定时投放点。',
    category: 'sorting',
    status: 'accepted',
    ago: 20,
    supporters: [
      'seed-xh-01',
      'seed-xh-03',
      'seed-xh-04',
      'seed-xh-05',
      'seed-xh-06',
      'seed-xh-07',
      'seed-xh-08',
      'seed-xh-09',
      'seed-xh-10',
      'seed-xh-11',
      'seed-xh-12',
    ],
    proposals: [
      [
        MINMENG,
        '建议在 3 号楼与 5 号楼之间设早晚两个时段的定时投放点，配一名桶边督导志愿者；对行动不便的老人可登记后由楼长代投，先试行一个月再评估。',
        14,
      ],
    ],
    answer: { status: 'accepted', reason: '采纳议事员建议，增设定时投放点并招募桶边督导志愿者。', ago: 12 },
    plan: {
      stage: 'doing',
      progress: 60,
      milestones: [
        [10, '与物业确定 3 号楼与 5 号楼之间的投放点位置，已报街道环卫所'],
        [4, '投放点已安装，早 7–9 点、晚 6–8 点开放，正在招募督导志愿者'],
      ],
    },
  },
  {
    id: 'q-seed-xh-bbq',
    communityId: 'jc-xinhua',
    author: 'seed-xh-04',
    title: '中心花园增设夜间烧烤区',
    description: '夏天晚上大家喜欢在花园乘凉，希望在中心花园划一块地方做烧烤区，周末邻居们可以一起聚聚。',
    category: 'culture',
    status: 'rejected',
    ago: 15,
    supporters: ['seed-xh-08', 'seed-xh-09'],
    answer: {
      status: 'rejected',
      reason:
        '中心花园紧邻住宅楼，夜间烧烤有消防隐患，油烟和噪声也会影响休息，不予采纳。社区会在广场组织周末邻里集市，欢迎大家参加。',
      ago: 9,
    },
  },
  {
    id: 'q-seed-xh-canteen',
    communityId: 'jc-xinhua',
    author: 'seed-xh-05',
    title: '老年食堂午餐时间延长到一点半',
    description: '社区老年食堂十二点半就收餐了，接送孙辈放学的老人经常赶不上，希望午餐供应延长到一点半。',
    category: 'care',
    status: 'pending',
    ago: 9,
    supporters: [
      'seed-xh-01',
      'seed-xh-02',
      'seed-xh-03',
      'seed-xh-06',
      'seed-xh-07',
      'seed-xh-08',
      'seed-xh-09',
      'seed-xh-10',
      'seed-xh-11',
      'seed-xh-12',
    ],
  },
  {
    id: 'q-seed-xh-corridor',
    communityId: 'jc-xinhua',
    author: 'seed-xh-06',
    title: '楼道堆放杂物挡住消防通道',
    description: '好几栋楼的楼道里堆着旧家具和纸箱，有的把消防栓都挡住了，希望社区组织一次集中清理。',
    category: 'safety',
    status: 'raised',
    ago: 2,
    supporters: ['seed-xh-10', 'seed-xh-11', 'seed-xh-12'],
  },
  {
    id: 'q-seed-lx-lights',
    communityId: 'jy-longxing',
    author: 'seed-lx-01',
    title: '龙行路北段路灯不亮，夜里出行不安全',
    description: '龙行路北段有七八盏路灯坏了很久，晚上下班和遛弯的人多，路面黑，电动车也多，很不安全。',
    category: 'safety',
    status: 'done',
    ago: 40,
    supporters: ['seed-lx-02', 'seed-lx-03', 'seed-lx-04', 'seed-lx-05', 'seed-lx-06'],
    proposals: [
      [
        ZHIGONG,
        '建议先请供电和市政部门排查线路，坏灯统一更换为节能灯，并在社区公示报修电话，方便居民随时反映。',
        35,
      ],
    ],
    answer: { status: 'accepted', reason: '已协调市政部门维修。', ago: 30 },
    plan: {
      stage: 'done',
      progress: 100,
      milestones: [
        [28, '市政照明所现场排查，确认 8 盏灯损坏、1 处线路老化'],
        [18, '更换线路，坏灯全部换为 LED 节能灯'],
        [10, '全部点亮，夜间巡查正常，报修电话已在公告栏公示'],
      ],
    },
    ratings: [
      ['seed-lx-01', 'satisfied'],
      ['seed-lx-02', 'satisfied'],
      ['seed-lx-03', 'basic'],
      ['seed-lx-04', 'satisfied'],
    ],
  },
  {
    id: 'q-seed-lx-charging',
    communityId: 'jy-longxing',
    author: 'seed-lx-02',
    title: '电动车飞线充电多，希望增设充电桩',
    description: '不少居民从楼上拉电线给电动车充电，夜里很危险。希望在小区里增设集中充电桩，并规范停放。',
    category: 'safety',
    status: 'evaluating',
    ago: 12,
    supporters: ['seed-lx-01', 'seed-lx-03', 'seed-lx-04', 'seed-lx-05', 'seed-lx-07'],
    proposals: [
      [
        ZHIGONG,
        '可引入企业投资建设充电棚，按次收费、社区监督价格；同时在楼道张贴飞线充电的安全提示，开展一次入户宣传。',
        6,
      ],
    ],
    answer: { status: 'evaluating', reason: '正在与物业和供电公司核算场地与用电容量。', ago: 5 },
  },
  {
    id: 'q-seed-lx-afterschool',
    communityId: 'jy-longxing',
    author: 'seed-lx-03',
    title: '周末开设四点半课堂和儿童托管',
    description: '双职工家庭放学后和周末没人照看孩子，希望社区利用活动室开设四点半课堂，请志愿者辅导作业。',
    category: 'care',
    status: 'raised',
    ago: 1,
    supporters: ['seed-lx-06', 'seed-lx-07'],
  },
]

/** The 居民议事 demo data: every community's threshold, seed residents and their questions, times relative to `now`. */
export async function seedCouncil(tx: CloudTx, now: number): Promise<void> {
  for (const c of SEED_COMMUNITIES) {
    await tx.insert('councilSettings', {
      _id: c._id,
      threshold: SEED_THRESHOLDS[c._id] ?? COUNCIL_RULES.thresholdDefault,
    })
  }
  for (const [n, [openid, name, communityId]] of RESIDENTS.entries()) {
    const user = await createUser(tx, openid, now - 60 * DAY)
    const phone = `1370531${String(n + 1).padStart(4, '0')}`
    await tx.set('users', { ...user, profile: { name, phone, communityId } })
  }
  for (const s of QUESTIONS) {
    const community = SEED_COMMUNITIES.find((c) => c._id === s.communityId)!
    const createdAt = now - s.ago * DAY
    const doneRound = s.status === 'done' ? 1 : 0
    const ratings = { satisfied: 0, basic: 0, unsatisfied: 0 }
    for (const [, r] of s.ratings ?? []) ratings[r] += 1
    const q: QuestionDoc = {
      _id: s.id,
      communityId: s.communityId,
      streetId: community.streetId,
      authorId: s.author,
      title: s.title,
      description: s.description,
      category: s.category,
      photoCount: 0,
      status: s.status,
      supports: s.supporters.length,
      threshold: SEED_THRESHOLDS[s.communityId] ?? COUNCIL_RULES.thresholdDefault,
      createdAt,
      round: doneRound,
      ratings,
      ratingsTotal: { ...ratings },
    }
    if (s.answer)
      q.answer = { status: s.answer.status, reason: s.answer.reason, at: now - s.answer.ago * DAY }
    if (s.answer?.status === 'accepted') q.acceptedAt = now - s.answer.ago * DAY
    if (s.plan) {
      q.plan = {
        stage: s.plan.stage,
        progress: s.plan.progress,
        milestones: s.plan.milestones.map(([ago, note]) => ({ at: now - ago * DAY, note })),
      }
    }
    await tx.insert('questions', q)
    for (const [i, openid] of s.supporters.entries()) {
      await tx.insert('supports', {
        _id: `${s.id}-s${i + 1}`,
        questionId: s.id,
        openid,
        communityId: s.communityId,
        streetId: community.streetId,
        at: createdAt + (i + 1) * 3 * HOUR,
      })
    }
    for (const [i, [title, text, ago]] of (s.proposals ?? []).entries()) {
      await tx.insert('proposals', {
        _id: `${s.id}-p${i + 1}`,
        questionId: s.id,
        openid: null,
        title,
        text,
        at: now - ago * DAY,
      })
    }
    for (const [i, [openid, rating]] of (s.ratings ?? []).entries()) {
      await tx.insert('councilRatings', {
        _id: `${s.id}-r${i + 1}`,
        questionId: s.id,
        round: doneRound,
        openid,
        rating,
        at: now - (8 - i) * DAY,
      })
    }
  }
}
