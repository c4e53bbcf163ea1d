import { questionInput } from '../../../contract/schemas/council'
import { defineAction } from '../../runtime/action'
import { CloudError } from '../../runtime/errors'
import { findQuestion, questionView, requireResident } from './model'

/**
 * `council.withdraw` (its author) { questionId } → Question, now `withdrawn`: only until it is
 * answered (raised or pending). Its supports stay on record; it leaves the default list and no
 * longer counts against the author's 3 open questions.
 * Errors: INVALID_ARGUMENT, PROFILE_REQUIRED, NOT_FOUND, PERMISSION_DENIED (not the author),
 * CONFLICT (already answered or withdrawn).
 */
export const withdraw = defineAction({
  input: questionInput,
  async handler(ctx, { questionId }) {
    const { db, openid } = ctx
    const user = await requireResident(ctx)
    const q = await findQuestion(db, questionId)
    if (q.authorId !== openid) throw new CloudError('PERMISSION_DENIED', '只有提出人可以撤回议题')
    if (q.status !== 'raised' && q.status !== 'pending') {
      throw new CloudError(
        'CONFLICT',
        q.status === 'withdrawn' ? '这个议题已经撤回了' : '议题已经答复，不能撤回',
      )
    }
    const next = { ...q, status: 'withdrawn' as const }
    await db.set('questions', next)
    return questionView(db, next, { openid, user })
  },
})
