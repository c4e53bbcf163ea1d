import { questionInput } from '../../../contract/schemas/council'
import { defineAction } from '../../runtime/action'
import { CloudError } from '../../runtime/errors'
import { findQuestion, notify, questionView, requireResident } from './model'

/**
 * `council.support` { questionId } → Question (附议). A real-name resident whose home community is the
 * question's supports it once at a time, never their own, only while it is raised or pending. The
 * question's `supports` counter changes in the same transaction as the support; the support that
 * reaches the threshold moves a raised question to pending (待答复) — once — and writes a notice to
 * the community's staff and one to the author. Supporting earns no points.
 * Errors: INVALID_ARGUMENT, PROFILE_REQUIRED, NOT_FOUND, PERMISSION_DENIED (another community's
 * question; one's own), CONFLICT (already supported; not raised or pending).
 */
export const support = defineAction({
  input: questionInput,
  async handler(ctx, { questionId }) {
    const { db, openid } = ctx
    const user = await requireResident(ctx)
    const q = await findQuestion(db, questionId)
    if (user.profile.communityId !== q.communityId) {
      throw new CloudError('PERMISSION_DENIED', '只能附议自己所在社区的议题')
    }
    if (q.authorId === openid) throw new CloudError('PERMISSION_DENIED', '不能附议自己提出的议题')
    if ((await db.query('supports', { questionId, openid })).length > 0) {
      throw new CloudError('CONFLICT', '你已经附议过这个议题了')
    }
    if (q.status !== 'raised' && q.status !== 'pending') {
      throw new CloudError('CONFLICT', '这个议题已经答复，不再征集附议')
    }
    const at = ctx.now()
    await db.insert('supports', {
      _id: db.newId('sup'),
      questionId,
      openid,
      communityId: q.communityId,
      streetId: q.streetId,
      at,
    })
    const supports = q.supports + 1
    const reached = q.status === 'raised' && supports >= q.threshold
    const next = { ...q, supports, status: reached ? ('pending' as const) : q.status }
    await db.set('questions', next)
    if (reached) {
      const body = `「${q.title}」已有 ${supports} 位居民附议，达到 ${q.threshold} 人，等待社区答复`
      await notify(db, { audience: `staff:${q.communityId}`, at, title: '议题待答复', body, questionId })
      if (q.authorId)
        await notify(db, { audience: q.authorId, at, title: '你的议题附议已达标', body, questionId })
    }
    return questionView(db, next, { openid, user })
  },
})
