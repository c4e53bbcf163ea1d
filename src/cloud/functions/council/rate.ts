import { RATING_NAMES } from '../../../contract/council'
import { councilRateInput } from '../../../contract/schemas/council'
import type { QuestionDoc } from '../../db/schema'
import { defineAction } from '../../runtime/action'
import { CloudError } from '../../runtime/errors'
import { findQuestion, liveSupporters, notify, questionView, ratersOf, requireResident } from './model'

/**
 * `council.rate` (its author, when a resident raised it, or a current supporter) { questionId,
 * rating: 'satisfied'|'basic'|'unsatisfied' } → Question. Only when done; once per completion. The
 * rating counts in the current completion's `ratings` and in `ratingsTotal` (the board). Those who
 * may rate are its live supporters and the resident author (`raters`); when more than half of
 * them have rated 不满意 the question is `reopened` (back to 进行中) and the community's staff get a
 * notice with the counts.
 * Errors: INVALID_ARGUMENT, PROFILE_REQUIRED, NOT_FOUND, PERMISSION_DENIED (neither author nor
 * supporter), CONFLICT (not done; already rated this completion).
 */
export const rate = defineAction({
  input: councilRateInput,
  async handler(ctx, { questionId, rating }) {
    const { db, openid } = ctx
    const user = await requireResident(ctx)
    const q = await findQuestion(db, questionId)
    const supporters = await liveSupporters(db, questionId)
    const isAuthor = q.authorId === openid && !q.byCommunity
    if (!isAuthor && !supporters.includes(openid)) {
      throw new CloudError('PERMISSION_DENIED', '只有提出人和附议人可以评价落实结果')
    }
    if (q.status !== 'done') throw new CloudError('CONFLICT', '议题落实完成后才能评价')
    if ((await db.query('councilRatings', { questionId, round: q.round, openid })).length > 0) {
      throw new CloudError('CONFLICT', '你已经评价过这次落实结果了')
    }
    const at = ctx.now()
    await db.insert('councilRatings', {
      _id: db.newId('rating'),
      questionId,
      round: q.round,
      openid,
      rating,
      at,
    })
    const ratings = { ...q.ratings, [rating]: q.ratings[rating] + 1 }
    const next: QuestionDoc = {
      ...q,
      ratings,
      ratingsTotal: { ...q.ratingsTotal, [rating]: q.ratingsTotal[rating] + 1 },
    }
    const raters = ratersOf(q, supporters)
    if (ratings.unsatisfied * 2 > raters) {
      next.status = 'reopened'
      if (next.plan) next.plan = { ...next.plan, stage: 'doing' }
      await notify(db, {
        audience: `staff:${q.communityId}`,
        at,
        title: '议题重新落实',
        body: `「${q.title}」的落实结果 ${raters} 人可评价，${RATING_NAMES.satisfied} ${ratings.satisfied}、${RATING_NAMES.basic} ${ratings.basic}、${RATING_NAMES.unsatisfied} ${ratings.unsatisfied}，超过半数不满意，需要重新落实`,
        questionId,
      })
    }
    await db.set('questions', next)
    return questionView(db, next, { openid, user })
  },
})
