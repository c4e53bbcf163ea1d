import { GRAPE_SEASON, grapeConcerts, seasonYear } from '../../contract/events'
import type { EventDoc, SessionDoc } from '../db/schema'
import { HOUR, atChina, chinaDate } from '../functions/events/model'

type Slot = [title: string, startAt: number, hours: number, capacity: number]

interface Plan {
  event: Omit<EventDoc, 'startDate' | 'endDate'>
  /** The sessions of the season that begins in `year` (a winter runs from December into the next year). */
  season: (year: number) => Slot[]
  /** The dates the season is announced for ('MM-DD'), when wider than its sessions. */
  dates?: [string, string]
  requires?: 'examTicket'
}

const GRAPE_PLACE = '王因街道刘村葡萄采摘园'

/** A seeded place on the map (approximate GCJ-02 points in 任城区). */
const at = (name: string, lat: number, lng: number) => ({ name, address: `济宁市任城区${name}`, lat, lng })

/** 'MM-DD' of `year` (or of the year after, with `next`) at `hour` China time. */
const on = (year: number, monthDay: string, hour: number, next = false) =>
  atChina(`${year + (next ? 1 : 0)}-${monthDay}`, hour)

const PROGRAMMES = [
  '开幕乐队之夜',
  '电影金曲',
  '民谣弹唱',
  '经典老歌',
  '校园青春',
  '爵士与蓝调',
  '古筝琵琶民乐会',
  '戏曲名段',
  '吉他弹唱',
  '摇滚之夜',
  '童声合唱',
  '萨克斯之夜',
  '怀旧金曲',
  '星空露营音乐会',
  '葡萄丰收音乐会',
  '闭幕乐队返场',
]

const PLANS: Plan[] = [
  {
    event: {
      _id: 'ev-grape',
      title: '刘村葡萄音乐市集',
      place: GRAPE_PLACE,
      location: at(GRAPE_PLACE, 35.3695, 116.5381),
      summary: '每年 7 月 19 日至 9 月 19 日：品葡萄、听乐队，一季 16 场主题音乐会；演出日有免费往返班车。',
      shuttle: { from: '城区太白楼路站', to: '刘村葡萄采摘园', capacity: 45, out: [9, 18], back: [11, 22] },
    },
    season: (year) =>
      grapeConcerts(year).map((startAt, i) => [`第${i + 1}场 · ${PROGRAMMES[i]}`, startAt, 1.5, 300]),
    dates: [GRAPE_SEASON.opens, GRAPE_SEASON.closes],
  },
  {
    event: {
      _id: 'ev-gaokao',
      title: '高考学子免费采摘葡萄',
      place: GRAPE_PLACE,
      location: at(GRAPE_PLACE, 35.3695, 116.5381),
      summary: '6 月 7–10 日高考结束后的四天，考生凭准考证免费采摘大棚早熟葡萄 2 斤，每证限约一次。',
    },
    season: (year) =>
      ['06-11', '06-12', '06-13', '06-14'].flatMap((day): Slot[] => [
        ['上午场', on(year, day, 9), 2.5, 30],
        ['下午场', on(year, day, 15), 2.5, 30],
      ]),
    requires: 'examTicket',
  },
  {
    event: {
      _id: 'ev-reading',
      title: '暑假·书香实践营',
      place: '古槐新华书店·教育书店',
      location: at('古槐新华书店·教育书店', 35.4127, 116.5853),
      summary: '七八月每两周一期：上午作业辅导和防溺水课，下午当小小图书管理员。每期 10 个名额。',
    },
    season: (year) =>
      (
        [
          ['一期', '07-06'],
          ['二期', '07-20'],
          ['三期', '08-03'],
          ['四期', '08-17'],
        ] as const
      ).map(([title, day]) => [title, on(year, day, 8.5), 8.5, 10]),
  },
  {
    event: {
      _id: 'ev-neighbour',
      title: '迎新春·民族团结一家亲邻里节',
      place: '济阳街道柳行社区广场',
      location: at('济阳街道柳行社区广场', 35.4019, 116.5739),
      summary: '文艺汇演、趣味运动、书画书法和美食比拼，各族邻居一起热热闹闹迎新春。',
    },
    season: (year) => [
      ['游园会', on(year, '01-16', 14, true), 3, 120],
      ['写春联·书画迎春', on(year, '01-17', 9.5, true), 2.5, 60],
      ['文艺汇演', on(year, '01-23', 19, true), 2, 200],
    ],
  },
  {
    event: {
      _id: 'ev-clinic',
      title: '红石榴健康义诊',
      place: '济阳街道龙行社区养老服务中心',
      location: at('济阳街道龙行社区养老服务中心', 35.403, 116.577),
      summary: '“爱上门”志愿服务队的医生上门：量血压、测血糖、讲冬季用药，行动不便的老人可由家人代约。',
    },
    season: (year) => [
      ['冬季心脑血管义诊', on(year, '12-12', 9, false), 2.5, 40],
      ['慢病用药咨询', on(year, '01-09', 9, true), 2.5, 40],
      ['节后健康体检', on(year, '02-20', 9, true), 2.5, 40],
    ],
  },
  {
    event: {
      _id: 'ev-antifraud',
      title: '反诈护童心·安全伴成长',
      place: '阜桥街道津浦街社区网格中心',
      location: at('阜桥街道津浦街社区网格中心', 35.4088, 116.5975),
      summary: '寒假亲子课：网格员讲游戏装备、陌生链接、网络返现这些骗局，现场发反诈手册。',
    },
    season: (year) => [
      ['亲子反诈课（一）', on(year, '01-20', 15, true), 1.5, 30],
      ['亲子反诈课（二）', on(year, '02-03', 15, true), 1.5, 30],
    ],
  },
  {
    event: {
      _id: 'ev-recycle',
      title: '变废为宝手工课',
      place: '观音阁街道乐苑社区活动室',
      location: at('观音阁街道乐苑社区活动室', 35.4201, 116.5836),
      summary: '用旧报纸折手提袋、用旧挂历做灯笼，再画上自己的图案；材料社区准备，适合亲子参加。',
    },
    season: (year) => [
      ['旧报纸手提袋', on(year, '12-19', 14.5), 2, 20],
      ['旧挂历灯笼', on(year, '01-30', 14.5, true), 2, 20],
    ],
  },
]

/**
 * The district's events in their real seasons, each the one current at `now` or else the coming
 * one (a season stays until a day before its last session): the grape-music market (19 July – 19
 * September, 16 concerts, hourly shuttles on concert days), free picking for the 高考 students on
 * the four days after the exams (exam ticket required), the summer reading camp (July–August, 10
 * places a period), and winter's neighbourhood festival, health checks, anti-fraud lessons and
 * recycling workshop.
 */
export function seedEvents(now: number): { events: EventDoc[]; sessions: SessionDoc[] } {
  const events: EventDoc[] = []
  const sessions: SessionDoc[] = []
  for (const { event, season, dates, requires } of PLANS) {
    const year = seasonYear(now, (y) => Math.max(...season(y).map((s) => s[1])))
    const list = season(year)
    const starts = list.map((s) => s[1])
    const [first, last] = dates
      ? [on(year, dates[0], 0), on(year, dates[1], 0)]
      : [Math.min(...starts), Math.max(...starts)]
    events.push({ ...event, startDate: chinaDate(first), endDate: chinaDate(last) })
    list.forEach(([title, startAt, hours, capacity], i) => {
      sessions.push({
        _id: `${event._id}-${i + 1}`,
        eventId: event._id,
        title,
        startAt,
        endAt: startAt + hours * HOUR,
        capacity,
        booked: 0,
        ...(requires ? { requires } : {}),
      })
    })
  }
  return { events, sessions }
}
