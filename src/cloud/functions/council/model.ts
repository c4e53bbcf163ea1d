import {
  COUNCIL_CATEGORIES,
  COUNCIL_RULES,
  OPEN_STATUSES,
  type Question,
  type QuestionSummary,
} from '../../../contract/council'
import type { CloudTx, QuestionDoc, UserDoc } from '../../db/schema'
import type { ActionContext } from '../../runtime/action'
import { CloudError } from '../../runtime/errors'
import { isStaffOf, requireStaffRole, writeNotice, type Staff } from '../common'
import { parseInput } from '../../runtime/validate'
import { councilCommunity } from '../../../contract/schemas/council'

/** Who is looking: the caller and their record (null before their first write). */
export interface Viewer {
  openid: string
  user: UserDoc | null
}

export const viewerOf = async (ctx: ActionContext): Promise<Viewer> => ({
  openid: ctx.openid,
  user: await ctx.db.get('users', ctx.openid),
})

export const maskName = (name: string) => name.slice(0, 1) + '*'.repeat(Math.max(1, name.length - 1))

export const DELETED_AUTHOR = '已注销用户'

export const isOpen = (q: QuestionDoc) => OPEN_STATUSES.includes(q.status)

export { findCommunity, isStaffOf, requireResident } from '../common'

/** The caller as staff of some community, else PERMISSION_DENIED. */
export const requireStaff = (tx: CloudTx, openid: string): Promise<Staff> =>
  requireStaffRole(tx, openid, '只有社区工作人员可以处理居民议事')

/** Staff of the question's community who did not raise it themselves (nobody answers their own question). */
export function mayHandle(staff: UserDoc & { staffCommunityId: string }, q: QuestionDoc): void {
  if (staff.staffCommunityId !== q.communityId) {
    throw new CloudError('PERMISSION_DENIED', '这个议题不属于你所在的社区')
  }
  if (q.authorId === staff._id) {
    throw new CloudError('PERMISSION_DENIED', '不能处理自己提出的议题，请由本社区其他工作人员处理')
  }
}

export async function findQuestion(tx: CloudTx, id: string): Promise<QuestionDoc> {
  const q = await tx.get('questions', id)
  if (!q) throw new CloudError('NOT_FOUND', '没有找到这个议题')
  return q
}

/**
 * The community a read is for: the one given, else the caller's home community, else (staff) the
 * community they serve; with none, INVALID_ARGUMENT asking to choose one.
 */
export const communityOrHome = (given: string | undefined, user: UserDoc | null): string =>
  parseInput(councilCommunity, given ?? user?.profile?.communityId ?? user?.staffCommunityId)

/** A community's support threshold (councilSettings; the default when it has none). */
export async function thresholdOf(tx: CloudTx, communityId: string): Promise<number> {
  return (await tx.get('councilSettings', communityId))?.threshold ?? COUNCIL_RULES.thresholdDefault
}

export const categoryName = (id: string) => COUNCIL_CATEGORIES.find((c) => c.id === id)?.name ?? id

/**
 * The author as a list shows them: the community's name for one raised from a report, 已注销用户
 * once the author has gone, the name in full to the author, masked to everyone else.
 */
async function authorMasked(tx: CloudTx, q: QuestionDoc, community: string, viewer: Viewer): Promise<string> {
  if (q.byCommunity) return community
  if (q.authorId === null) return DELETED_AUTHOR
  const author = q.authorId === viewer.openid ? viewer.user : await tx.get('users', q.authorId)
  const name = author?.profile?.name
  if (!name) return '居民'
  return q.authorId === viewer.openid ? name : maskName(name)
}

/** Community names, read once per list. */
export function communityNames(tx: CloudTx) {
  const known = new Map<string, string>()
  return async (id: string) => {
    if (!known.has(id)) known.set(id, (await tx.get('communities', id))?.name ?? '')
    return known.get(id)!
  }
}

export async function summaryView(
  tx: CloudTx,
  q: QuestionDoc,
  viewer: Viewer,
  community?: string,
): Promise<QuestionSummary> {
  const name = community ?? (await tx.get('communities', q.communityId))?.name ?? ''
  return {
    id: q._id,
    title: q.title,
    category: q.category,
    categoryName: categoryName(q.category),
    communityId: q.communityId,
    community: name,
    status: q.status,
    supports: q.supports,
    threshold: q.threshold,
    createdAt: q.createdAt,
    authorMasked: await authorMasked(tx, q, name, viewer),
  }
}

/** The live supports of a question that still name a person (a supporter who 注销'd no longer counts). */
export async function liveSupporters(tx: CloudTx, questionId: string): Promise<string[]> {
  const found = await tx.query('supports', { questionId })
  return found.flatMap((s) => (s.openid ? [s.openid] : []))
}

/** Who may rate the current completion: its live supporters, and its author when a resident raised it. */
export const ratersOf = (q: QuestionDoc, supporters: string[]) =>
  supporters.length + (q.authorId !== null && !q.byCommunity ? 1 : 0)

export const milestonePhotoId = (questionId: string, n: number) => `${questionId}:${n}`

/**
 * The whole question as `viewer` may see it: photos (its own and the milestones'), the caller's
 * support and rating of the current completion, proposals with the adviser's title only, and for
 * staff of its community the author's full name. `photos` given: used instead of reading them.
 */
export async function questionView(
  tx: CloudTx,
  q: QuestionDoc,
  viewer: Viewer,
  photos?: string[],
): Promise<Question> {
  const summary = await summaryView(tx, q, viewer)
  const supporters = await liveSupporters(tx, q._id)
  const proposals = (await tx.query('proposals', { questionId: q._id }))
    .sort((a, b) => a.at - b.at || (a._id < b._id ? -1 : 1))
    .map((p) => ({ id: p._id, title: p.title, text: p.text, at: p.at }))
  const own = q.authorId !== null && q.authorId === viewer.openid
  const mySupport = supporters.includes(viewer.openid)
  const [mine] = await tx.query('councilRatings', {
    questionId: q._id,
    round: q.round,
    openid: viewer.openid,
  })
  const view: Question = {
    ...summary,
    description: q.description,
    photos: photos ?? (q.photoCount > 0 ? ((await tx.get('questionPhotos', q._id))?.photos ?? []) : []),
    mySupport,
    proposals,
    ratings: { ...q.ratings },
    raters: ratersOf(q, supporters),
  }
  if (q.answer) view.answer = { ...q.answer }
  if (q.plan) {
    const milestones = []
    for (const [n, m] of q.plan.milestones.entries()) {
      const photo = m.photo
        ? (await tx.get('questionPhotos', milestonePhotoId(q._id, n)))?.photos[0]
        : undefined
      milestones.push(photo ? { at: m.at, note: m.note, photo } : { at: m.at, note: m.note })
    }
    view.plan = { stage: q.plan.stage, progress: q.plan.progress, milestones }
  }
  if (mine) view.myRating = mine.rating
  if (q.ticketNo) view.ticketNo = q.ticketNo
  if (own) view.own = true
  const mayRate = (own && !q.byCommunity) || mySupport
  view.canRate = q.status === 'done' && mayRate && !mine
  if (isStaffOf(viewer.user, q.communityId) && !q.byCommunity && q.authorId) {
    const author = q.authorId === viewer.openid ? viewer.user : await tx.get('users', q.authorId)
    if (author?.profile) view.author = { name: author.profile.name }
  }
  return view
}

/** A notice for a person (openid) or a community's staff (`staff:<communityId>`), opening the question. */
export const notify = (
  tx: CloudTx,
  {
    questionId,
    ...notice
  }: { audience: string; at: number; title: string; body: string; questionId: string },
): Promise<void> => writeNotice(tx, { ...notice, link: { kind: 'question', id: questionId } })

/** The author to tell about their question: a resident or staff member still there. */
export const authorAudience = (q: QuestionDoc): string | null => q.authorId

/** Start (inclusive) and end (exclusive) of the China-time calendar month holding `at`, and its `YYYY-MM`. */
export function chinaMonth(at: number): { start: number; end: number; month: string } {
  const d = new Date(at + 8 * 3_600_000)
  const y = d.getUTCFullYear()
  const m = d.getUTCMonth()
  return {
    start: Date.UTC(y, m, 1) - 8 * 3_600_000,
    end: Date.UTC(y, m + 1, 1) - 8 * 3_600_000,
    month: `${y}-${String(m + 1).padStart(2, '0')}`,
  }
}
