import type { Card } from '../../../contract/gigs'
import { defineAction } from '../../runtime/action'
import { emptyInput } from '../../runtime/validate'
import { cardView } from './model'

/** `gigs.myCard` {} → my job-seeker card, or null. Errors: none. */
export const myCard = defineAction({
  input: emptyInput,
  async handler({ db, openid }): Promise<Card | null> {
    const doc = await db.get('gigCards', openid)
    return doc ? cardView(doc) : null
  },
})
