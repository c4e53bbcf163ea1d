import { questionInput } from '../../../contract/schemas/council'
import { defineAction } from '../../runtime/action'
import { CloudError } from '../../runtime/errors'
import { findQuestion, questionView, requireResident } from './model'

/**
 * `council.unsupport` { questionId } → Question: takes one's support back, only while the question
 * is still raised (once it reached the threshold, its supports stand); one may support again later.
 * The counter changes in the same transaction.
 * Errors: INVALID_ARGUMENT, PROFILE_REQUIRED, NOT_FOUND, PERMISSION_DENIED (another community's
 * question), CONFLICT (not supported now; no longer raised).
 */
export const unsupport = defineAction({
  input: questionInput,
  async handler(ctx, { questionId }) {
    const { db, openid } = ctx
    const user = await requireResident(ctx)
    const q = await findQuestion(db, questionId)
    if (user.profile.communityId !== q.communityId) {
      throw new CloudError('PERMISSION_DENIED', '只能附议自己所在社区的议题')
    }
    const [mine] = await db.query('supports', { questionId, openid })
    if (!mine) throw new CloudError('CONFLICT', '你还没有附议这个议题')
    if (q.status !== 'raised') throw new CloudError('CONFLICT', '附议人数已达标，不能再取消附议')
    await db.remove('supports', mine._id)
    const next = { ...q, supports: q.supports - 1 }
    await db.set('questions', next)
    return questionView(db, next, { openid, user })
  },
})
