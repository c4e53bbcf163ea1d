import type { CouncilBoard } from '../../../contract/council'
import { boardInput } from '../../../contract/schemas/council'
import type { QuestionDoc } from '../../db/schema'
import { defineAction } from '../../runtime/action'
import { CloudError } from '../../runtime/errors'
import { chinaMonth, communityOrHome, findCommunity, summaryView, viewerOf } from './model'

/**
 * `council.board` { streetId?, communityId? } → CouncilBoard for a community (given, else the
 * caller's home community, else the one a staff member serves) or, with `streetId` and no
 * `communityId`, a 街道. All counts, never shares: `counts` per status (`accepted` counts accepted
 * and reopened — both 落实中; withdrawn ones nowhere); `resolution` { done, accepted }: accepted =
 * every question ever accepted (accepted, done, reopened), done = those done; `satisfaction` every
 * rating ever given (all completions); `topOfMonth` (每月一题): the question (not withdrawn) whose
 * live supports placed this China-time month are most (ties: more supports, then older), with
 * `monthSupports` and `month` 'YYYY-MM'; null when nobody supported anything this month.
 * Readable without a profile. Errors: INVALID_ARGUMENT (nothing to show: no community or street
 * given and no home community), NOT_FOUND (community or street).
 */
export const board = defineAction({
  input: boardInput,
  async handler(ctx, { streetId, communityId }): Promise<CouncilBoard> {
    const { db } = ctx
    const viewer = await viewerOf(ctx)
    let where: { communityId: string } | { streetId: string }
    let scope: Pick<CouncilBoard, 'streetId' | 'street' | 'community'>
    if (communityId === undefined && streetId !== undefined) {
      const street = await db.get('streets', streetId)
      if (!street) throw new CloudError('NOT_FOUND', '没有找到这个街道')
      where = { streetId }
      scope = { streetId, street: street.name }
    } else {
      const id = communityOrHome(communityId, viewer.user)
      const community = await findCommunity(db, id)
      where = { communityId: id }
      const street = await db.get('streets', community.streetId)
      scope = { streetId: community.streetId, street: street?.name ?? '', community: community.name }
    }
    const questions = await db.query('questions', where)
    const counts = { raised: 0, pending: 0, evaluating: 0, accepted: 0, done: 0, rejected: 0 }
    const satisfaction = { satisfied: 0, basic: 0, unsatisfied: 0 }
    for (const q of questions) {
      const status = q.status === 'reopened' ? 'accepted' : q.status
      if (status !== 'withdrawn') counts[status] += 1
      satisfaction.satisfied += q.ratingsTotal.satisfied
      satisfaction.basic += q.ratingsTotal.basic
      satisfaction.unsatisfied += q.ratingsTotal.unsatisfied
    }
    const { start, end, month } = chinaMonth(ctx.now())
    const supports = await db.query('supports', where, { range: { at: { gte: start, lt: end } } })
    const gained = new Map<string, number>()
    for (const s of supports) gained.set(s.questionId, (gained.get(s.questionId) ?? 0) + 1)
    const byId = new Map(questions.map((q) => [q._id, q]))
    let top: { q: QuestionDoc; n: number } | null = null
    for (const [id, n] of gained) {
      const q = byId.get(id)
      if (!q || q.status === 'withdrawn') continue
      if (
        !top ||
        n > top.n ||
        (n === top.n &&
          (q.supports > top.q.supports || (q.supports === top.q.supports && q.createdAt < top.q.createdAt)))
      )
        top = { q, n }
    }
    return {
      ...scope,
      counts,
      resolution: { done: counts.done, accepted: counts.accepted + counts.done },
      satisfaction,
      topOfMonth: top ? { ...(await summaryView(db, top.q, viewer)), monthSupports: top.n, month } : null,
    }
  },
})
