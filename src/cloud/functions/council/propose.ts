import { proposeInput } from '../../../contract/schemas/council'
import { defineAction } from '../../runtime/action'
import { CloudError } from '../../runtime/errors'
import { findQuestion, notify, questionView } from './model'

/**
 * `council.propose` (社区议事员 of the question's community) { questionId, text (10–800, trimmed) } →
 * Question (党派献策). The proposal shows the adviser's display title from their binding (e.g.
 * 议事员 · 民盟), never a name or phone. An adviser acts in their role: no resident profile is
 * asked for. Not on a rejected or withdrawn question. Writes a notice to the author.
 * Errors: INVALID_ARGUMENT, PERMISSION_DENIED (not an adviser; adviser of another community),
 * NOT_FOUND, CONFLICT (rejected or withdrawn).
 */
export const propose = defineAction({
  input: proposeInput,
  async handler(ctx, { questionId, text }) {
    const { db, openid } = ctx
    const user = await db.get('users', openid)
    const binding = user?.roles.includes('adviser') ? user.bindings?.adviser : undefined
    if (!user || !binding) throw new CloudError('PERMISSION_DENIED', '只有社区议事员可以献策')
    const q = await findQuestion(db, questionId)
    if (binding.communityId !== q.communityId) {
      throw new CloudError('PERMISSION_DENIED', '只能为自己联系的社区的议题献策')
    }
    if (q.status === 'rejected' || q.status === 'withdrawn') {
      throw new CloudError(
        'CONFLICT',
        q.status === 'rejected' ? '议题已不予采纳，不能再献策' : '议题已撤回，不能再献策',
      )
    }
    const at = ctx.now()
    await db.insert('proposals', {
      _id: db.newId('prop'),
      questionId,
      openid,
      title: binding.title,
      text,
      at,
    })
    if (q.authorId && q.authorId !== openid) {
      await notify(db, {
        audience: q.authorId,
        at,
        title: '议事员献策',
        body: `${binding.title}为「${q.title}」提出了建议`,
        questionId,
      })
    }
    return questionView(db, q, { openid, user })
  },
})
