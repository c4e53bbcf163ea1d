import { answerQuestionInput } from '../../../contract/schemas/property'
import { defineAction } from '../../runtime/action'
import { CloudError } from '../../runtime/errors'
import { questionView } from './accounts-view'
import { requireProperty } from './model'

/**
 * `property.answerQuestion` (物业 of the 小区's company) { questionId, text (2–300, trimmed) } → the
 * question with its public answer (once).
 * Errors: INVALID_ARGUMENT, PERMISSION_DENIED (not 物业 of the company), NOT_FOUND (question),
 * CONFLICT (already answered).
 */
export const answerQuestion = defineAction({
  input: answerQuestionInput,
  async handler({ db, openid, now }, { questionId, text }) {
    await requireProperty(db, openid)
    const doc = await db.get('accountQuestions', questionId)
    if (!doc) throw new CloudError('NOT_FOUND', '没有找到这个问题')
    const estate = await db.get('estates', doc.estateId)
    await requireProperty(db, openid, estate?.companyId)
    if (doc.answer) throw new CloudError('CONFLICT', '这个问题已经答复过了')
    const next = { ...doc, answer: { text, at: now() }, answeredBy: openid }
    await db.set('accountQuestions', next)
    return questionView(next)
  },
})
