import type { EventDoc, SessionDoc } from '../db/schema'
import { HOUR, atChina, chinaDate } from '../functions/events/model'

type Plan = [
  Omit<EventDoc, 'startDate' | 'endDate'>,
  [title: string, startAt: number, hours: number, capacity: number][],
]

const GRAPE_PLACE = '王因街道刘村葡萄采摘园'

/**
 * The district's events, placed around `now` so every flow works on any day: the grape-music
 * season (16 concerts every 4 days from 12 days ago, about two months; the hourly shuttle runs on
 * concert days), free picking for this year's 高考 students on the next four days (exam ticket
 * required), the summer reading camp (10 places), a neighbourhood festival whose first session
 * starts within two hours (so entry can be verified right away) and a recycling workshop.
 */
export function seedEvents(now: number): { events: EventDoc[]; sessions: SessionDoc[] } {
  const today = atChina(chinaDate(now), 0)
  const at = (day: number, hour: number) => today + (day * 24 + hour) * HOUR
  const soon = Math.ceil(now / HOUR + 1) * HOUR
  const plans: Plan[] = [
    [
      {
        _id: 'ev-grape',
        title: '刘村葡萄音乐市集',
        place: GRAPE_PLACE,
        summary: '品葡萄、听乐队，一季 16 场音乐会；演出日有免费往返班车。',
        shuttle: { from: '城区太白楼路站', to: '刘村葡萄采摘园', capacity: 45, out: [9, 18], back: [11, 21] },
      },
      Array.from({ length: 16 }, (_, i) => [`第${i + 1}场音乐会`, at(4 * i - 12, 19), 1.5, 300]),
    ],
    [
      {
        _id: 'ev-gaokao',
        title: '高考学子免费采摘葡萄',
        place: GRAPE_PLACE,
        summary: '凭准考证免费采摘 2 斤，每证限约一次。',
      },
      [1, 2, 3, 4].flatMap((d) => [
        ['上午场', at(d, 9), 2.5, 30],
        ['下午场', at(d, 15), 2.5, 30],
      ]),
    ],
    [
      {
        _id: 'ev-reading',
        title: '暑假·书香实践营',
        place: '古槐新华书店·教育书店',
        summary: '作业辅导、防溺水课和小小图书管理员体验。',
      },
      [
        ['一期', at(3, 8.5), 8.5, 10],
        ['二期', at(17, 8.5), 8.5, 10],
      ],
    ],
    [
      {
        _id: 'ev-neighbour',
        title: '民族团结一家亲邻里节',
        place: '济阳街道柳行社区广场',
        summary: '文艺汇演、趣味运动和美食比拼。',
      },
      [
        ['游园会', soon, 3, 120],
        ['文艺汇演', at(6, 19), 2, 200],
      ],
    ],
    [
      {
        _id: 'ev-recycle',
        title: '变废为宝手工课',
        place: '观音阁街道乐苑社区活动室',
        summary: '用旧报纸做手提袋，适合亲子参加。',
      },
      [['手工课', at(2, 14.5), 2, 20]],
    ],
  ]
  const events: EventDoc[] = []
  const sessions: SessionDoc[] = []
  for (const [event, list] of plans) {
    const starts = list.map((s) => s[1])
    const [first, last] = event.shuttle ? [at(-14, 0), at(48, 0)] : [Math.min(...starts), Math.max(...starts)]
    events.push({ ...event, startDate: chinaDate(first), endDate: chinaDate(last) })
    list.forEach(([title, startAt, hours, capacity], i) => {
      const s: SessionDoc = {
        _id: `${event._id}-${i + 1}`,
        eventId: event._id,
        title,
        startAt,
        endAt: startAt + hours * HOUR,
        capacity,
        booked: 0,
      }
      if (event._id === 'ev-gaokao') s.requires = 'examTicket'
      sessions.push(s)
    })
  }
  return { events, sessions }
}
