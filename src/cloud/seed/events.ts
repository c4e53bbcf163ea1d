import type { EventDoc, SessionDoc } from '../db/schema'
import { HOUR, atChina, chinaDate } from '../functions/events/model'

const DAY = 24 * HOUR
const GRAPE = 'ev-grape'
const THEMES = [
  '流行金曲',
  '电影音乐',
  '民谣弹唱',
  '乐队之夜',
  '经典老歌',
  '青春校园',
  '爵士小夜曲',
  '草坪轻音乐',
]

type Plan = Omit<EventDoc, 'startDate' | 'endDate'> & {
  sessions: Omit<SessionDoc, '_id' | 'eventId' | 'booked'>[]
  season?: [string, string]
}

/**
 * The district's events, placed around `now` so every flow works on any day: a two-month grape and
 * music season (16 concerts, every 4 days from 12 days ago; the hourly shuttle runs on concert days),
 * free picking for this year's 高考 students on the next four days, the summer reading camp, a
 * neighbourhood festival whose first session starts within two hours, and a recycling workshop.
 */
export function seedEvents(now: number): { events: EventDoc[]; sessions: SessionDoc[] } {
  const today = chinaDate(now)
  const day = (n: number) => chinaDate(atChina(today, 12) + n * DAY)
  const at = (n: number, hour: number, minutes = 0) => atChina(day(n), hour) + minutes * 60_000
  const soon = Math.ceil(now / HOUR) * HOUR + HOUR
  const plans: Plan[] = [
    {
      _id: GRAPE,
      title: '刘村葡萄音乐市集',
      place: '王因街道刘村葡萄采摘园',
      summary: '边品葡萄边听音乐，一季 16 场主题音乐会，每小时一班免费往返班车。',
      description:
        '香榭皇后、黑巴拉多等品种现场免费品尝，技术员讲解挑选与品鉴；音乐会由乐队演唱流行歌曲和电影金曲，旁边设露营区。演出日城区与刘村之间每小时一班免费班车，可在预约演出后一并预约座位。',
      shuttle: {
        from: '城区 · 太白楼路站',
        to: '刘村葡萄采摘园',
        capacity: 45,
        out: [9, 18],
        back: [11, 21],
      },
      season: [day(-14), day(48)],
      sessions: Array.from({ length: 16 }, (_, i) => ({
        title: `第${i + 1}场 · ${THEMES[i % THEMES.length]}`,
        startAt: at(-12 + 4 * i, 19),
        endAt: at(-12 + 4 * i, 20, 30),
        capacity: 300,
      })),
    },
    {
      _id: 'ev-gaokao',
      title: '高考学子免费采摘葡萄',
      place: '王因街道刘村葡萄采摘园',
      summary: '今年参加高考的同学凭准考证，在家长陪同下免费采摘 2 斤葡萄。',
      description:
        '每张准考证本季限预约一次，入园时出示预约码。请在预约时填写准考证号（6–20 位字母或数字）。',
      sessions: [1, 2, 3, 4].flatMap((n) => [
        {
          title: '上午场',
          startAt: at(n, 9),
          endAt: at(n, 11, 30),
          capacity: 30,
          requires: 'examTicket' as const,
        },
        {
          title: '下午场',
          startAt: at(n, 15),
          endAt: at(n, 17, 30),
          capacity: 30,
          requires: 'examTicket' as const,
        },
      ]),
    },
    {
      _id: 'ev-reading',
      title: '暑假·书香实践营',
      place: '古槐新华书店·教育书店',
      summary: '县前街社区为小学生开设的暑期托管：作业辅导、防溺水课和小小图书管理员体验。',
      description:
        '大学生志愿者一对一和小组辅导，另有趣味游戏、益智棋类课程；下午在阅览室体验图书分类和上架。每期 10 个名额。',
      sessions: [
        { title: '一期 · 开营日', startAt: at(3, 8, 30), endAt: at(3, 17), capacity: 10 },
        { title: '二期 · 开营日', startAt: at(17, 8, 30), endAt: at(17, 17), capacity: 10 },
      ],
    },
    {
      _id: 'ev-neighbour',
      title: '民族团结一家亲邻里节',
      place: '济阳街道柳行社区广场',
      summary: '文艺汇演、趣味运动、书画和美食比拼，各族邻居欢聚一堂。',
      description: '由济阳街道“同心汇”组织，红石榴志愿服务队现场服务。凭预约码入场，领取游园卡。',
      sessions: [
        { title: '游园会', startAt: soon, endAt: soon + 3 * HOUR, capacity: 120 },
        { title: '文艺汇演', startAt: at(6, 19), endAt: at(6, 21), capacity: 200 },
      ],
    },
    {
      _id: 'ev-recycle',
      title: '变废为宝：旧报纸做手提袋',
      place: '观音阁街道乐苑社区活动室',
      summary: '巾帼志愿者手把手教大家把旧报纸做成结实好看的手提袋。',
      description: '材料由社区准备，也欢迎自带旧报纸。适合亲子参加。',
      sessions: [{ title: '手工课', startAt: at(2, 14, 30), endAt: at(2, 16, 30), capacity: 20 }],
    },
  ]
  const events: EventDoc[] = []
  const sessions: SessionDoc[] = []
  for (const { sessions: list, season, ...event } of plans) {
    const dates = list.map((s) => chinaDate(s.startAt)).sort()
    const [startDate, endDate] = season ?? [dates[0], dates[dates.length - 1]]
    events.push({ ...event, startDate, endDate })
    list.forEach((s, i) =>
      sessions.push({ ...s, _id: `${event._id}-${i + 1}`, eventId: event._id, booked: 0 }),
    )
  }
  return { events, sessions }
}
