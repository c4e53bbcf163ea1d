import { GRID_CATEGORIES, type GridCategory, type Ticket, type TicketStatus } from '../../../contract/grid'
import type { CloudTx, TicketDoc, UserDoc } from '../../db/schema'
import { CloudError } from '../../runtime/errors'
import { maskPhone } from '../user/users'

const HOUR = 3_600_000

export const categoryHours = (c: GridCategory) => c.hours * HOUR

const DONE: TicketStatus[] = ['resolved', 'closed', 'rejected']

export const isOverdue = (t: TicketDoc, now: number) => now > t.dueAt && !DONE.includes(t.status)

export type Viewer = { kind: 'reporter' } | { kind: 'staff'; reporter: UserDoc | null }

const maskName = (name: string) => name.slice(0, 1) + '*'.repeat(Math.max(1, name.length - 1))

/** The ticket as `viewer` may see it: staff never see an anonymous reporter, nor anyone's name or phone in full. */
export function ticketView(
  t: TicketDoc,
  community: string,
  now: number,
  viewer: Viewer,
  photos?: string[],
): Ticket {
  const own = viewer.kind === 'reporter'
  const view: Ticket = {
    ticketNo: t._id,
    category: t.category,
    categoryName: GRID_CATEGORIES.find((c) => c.id === t.category)?.name ?? t.category,
    communityId: t.communityId,
    community,
    status: t.status,
    createdAt: t.createdAt,
    dueAt: t.dueAt,
    overdue: isOverdue(t, now),
    description: t.description,
    address: t.address,
    location: t.location,
    photoCount: t.photoCount,
    photos,
    anonymous: t.anonymous,
    department: t.department,
    timeline: t.timeline.map((e) => ({
      at: e.at,
      status: e.status,
      note: e.note,
      by: e.actor === 'staff' ? (e.label ?? '工作人员') : own ? '我' : t.anonymous ? '匿名反映人' : '反映人',
    })),
    rating: t.ratings[t.ratings.length - 1],
  }
  if (own) view.own = true
  if (t.questionId) view.questionId = t.questionId
  if (own && t.phone) view.contactMasked = maskPhone(t.phone)
  if (viewer.kind === 'staff' && !t.anonymous && viewer.reporter?.profile) {
    view.reporter = {
      nameMasked: maskName(viewer.reporter.profile.name),
      phoneMasked: t.phone ? maskPhone(t.phone) : undefined,
    }
  }
  return view
}

export async function communityName(tx: CloudTx, id: string): Promise<string> {
  return (await tx.get('communities', id))?.name ?? ''
}

export async function findTicket(tx: CloudTx, ticketNo: string): Promise<TicketDoc> {
  const ticket = await tx.get('tickets', ticketNo)
  if (!ticket) throw new CloudError('NOT_FOUND', '没有找到这张工单')
  return ticket
}

/** The caller as staff of the given community (or of any, without one). */
export async function requireStaff(
  tx: CloudTx,
  openid: string,
): Promise<UserDoc & { staffCommunityId: string }> {
  const user = await tx.get('users', openid)
  if (!user?.roles.includes('staff') || !user.staffCommunityId) {
    throw new CloudError('PERMISSION_DENIED', '只有社区工作人员可以处理工单')
  }
  return user as UserDoc & { staffCommunityId: string }
}

export const OTHER_COMMUNITY = '这张工单不属于你所在的社区'

/** The staff view of a ticket, with its reporter (unless anonymous). */
export async function staffView(tx: CloudTx, t: TicketDoc, now: number, photos?: string[]): Promise<Ticket> {
  const reporter = !t.anonymous && t.reporterId ? await tx.get('users', t.reporterId) : null
  return ticketView(t, await communityName(tx, t.communityId), now, { kind: 'staff', reporter }, photos)
}

export async function photosOf(tx: CloudTx, t: TicketDoc): Promise<string[]> {
  return t.photoCount > 0 ? ((await tx.get('ticketPhotos', t._id))?.photos ?? []) : []
}
