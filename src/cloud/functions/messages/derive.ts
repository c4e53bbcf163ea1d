import { GRID_CATEGORIES } from '../../../contract/grid'
import { MESSAGE_RULES as R, type Message } from '../../../contract/messages'
import type { CloudTx } from '../../db/schema'

export type Derived = Omit<Message, 'read'>

const DAY = 86_400_000
const STAFF_STEP: Record<string, string> = {
  accepted: '已受理',
  dispatched: '已派单',
  resolved: '已办结',
  rejected: '不予受理',
  reopened: '重新办理',
}

/** `M月D日 HH:mm`, China time (UTC+8). */
export function chinaTime(ms: number): string {
  const d = new Date(ms + 8 * 3_600_000)
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${d.getUTCMonth() + 1}月${d.getUTCDate()}日 ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`
}

export const oldestKept = (now: number): number => now - R.keepDays * DAY

/**
 * The caller's messages at `now`, newest first (time, then id): derived from their own sign-ups,
 * orders, tickets and bookings, so no other domain writes anything for them; plus the notices the
 * newer domains write for them (or for the staff of their community). A message exists from
 * its time on and is gone once older than `keepDays`.
 */
export async function deriveMessages(db: CloudTx, openid: string, now: number): Promise<Derived[]> {
  const out: Derived[] = []
  const add = (m: Derived) => {
    if (m.at <= now && m.at >= oldestKept(now)) out.push(m)
  }

  for (const s of await db.query('signups', { openid })) {
    const a = s.status === 'cancelled' ? null : await db.get('activities', s.activityId)
    if (!a || a.cancelled) continue
    add({
      id: `signup:${s._id}:soon`,
      kind: 'activity',
      at: Math.max(a.startAt - R.activityLeadMs, s.signedAt),
      title: '活动即将开始',
      body: `你报名的「${a.title}」${chinaTime(a.startAt)} 开始，地点：${a.place}`,
      link: { kind: 'activity', id: a._id },
    })
  }

  for (const o of await db.query('orders', { openid })) {
    const goods = `「${o.goodsName} ×${o.quantity}」`
    const link = { kind: 'order' as const, id: o._id }
    const warnAt = o.expiresAt - R.orderLeadMs
    const closedAt = o.confirmedAt ?? o.closedAt
    if (closedAt === undefined || closedAt >= warnAt) {
      add({
        id: `order:${o._id}:expiring`,
        kind: 'order',
        at: warnAt,
        title: '兑换码 5 分钟后过期',
        body: `${goods}的兑换码 ${chinaTime(o.expiresAt).slice(-5)} 过期，请尽快到${o.shopName}出示`,
        link,
      })
    }
    if (o.status === 'confirmed' && o.confirmedAt !== undefined) {
      add({
        id: `order:${o._id}:confirmed`,
        kind: 'order',
        at: o.confirmedAt,
        title: '兑换已核销',
        body: `${goods}已在${o.shopName}核销，使用 ${o.points} 积分`,
        link,
      })
    }
  }

  for (const t of await db.query('tickets', { reporterId: openid })) {
    const category = GRID_CATEGORIES.find((c) => c.id === t.category)?.name ?? '问题'
    t.timeline.forEach((e, n) => {
      const step = e.actor === 'staff' ? STAFF_STEP[e.status] : undefined
      if (!step) return
      add({
        id: `ticket:${t._id}:${n}`,
        kind: 'ticket',
        at: e.at,
        title: `工单${step}`,
        body: `你反映的${category}问题（${t._id}）${step}${e.note ? `：${e.note}` : ''}`,
        link: { kind: 'ticket', id: t._id },
      })
    })
  }

  for (const b of await db.query('bookings', { openid })) {
    if (b.status === 'cancelled') continue
    const shuttle = b.type === 'shuttle'
    add({
      id: `booking:${b._id}:soon`,
      kind: 'booking',
      at: Math.max(b.startAt - R.bookingLeadMs, b.createdAt),
      title: shuttle ? '班车预约提醒' : '预约提醒',
      body: shuttle
        ? `「${b.eventTitle}」班车 ${b.title}，${chinaTime(b.startAt)} 发车，${b.seats} 个座位`
        : `「${b.eventTitle} · ${b.title}」${chinaTime(b.startAt)} 开始，${b.seats} 个座位，入场时出示预约码`,
      link: { kind: 'booking', id: b._id },
    })
  }

  const user = await db.get('users', openid)
  for (const audience of [openid, ...(user?.staffCommunityId ? [`staff:${user.staffCommunityId}`] : [])]) {
    for (const n of await db.query('notices', { audience })) {
      add({ id: `notice:${n._id}`, kind: n.link.kind, at: n.at, title: n.title, body: n.body, link: n.link })
    }
  }

  return out.sort((x, y) => y.at - x.at || (x.id < y.id ? 1 : x.id > y.id ? -1 : 0))
}
