import { askInput } from '../../../contract/schemas/property'
import type { AccountQuestionDoc } from '../../db/schema'
import { defineAction } from '../../runtime/action'
import { CloudError } from '../../runtime/errors'
import { accountId, questionView } from './accounts-view'
import { requireEstate } from './model'

/**
 * `property.ask` (a real-name resident of the 小区) { estateId, month, category, text (4–200,
 * trimmed) } → the question, shown publicly (without the asker) under the month's accounts until
 * and after the 物业 answers it. Only on a confirmed month (what residents see).
 * Errors: INVALID_ARGUMENT, PROFILE_REQUIRED, PERMISSION_DENIED (a resident of another 小区),
 * NOT_FOUND (小区; the month is not published).
 */
export const ask = defineAction({
  input: askInput,
  async handler({ db, openid, now }, { estateId, month, category, text }) {
    const user = await db.get('users', openid)
    if (!user?.profile) throw new CloudError('PROFILE_REQUIRED')
    if (user.profile.estateId !== estateId) {
      throw new CloudError('PERMISSION_DENIED', '只能询问自己所在小区的收支')
    }
    await requireEstate(db, estateId)
    const accounts = await db.get('propertyAccounts', accountId(estateId, month))
    if (!accounts?.confirmed) throw new CloudError('NOT_FOUND', '该月收支尚未公开')
    const doc: AccountQuestionDoc = {
      _id: db.newId('aq'),
      estateId,
      month,
      category,
      text,
      askerId: openid,
      at: now(),
    }
    await db.insert('accountQuestions', doc)
    return questionView(doc)
  },
})
