import type { Card } from '../../../contract/gigs'
import { cardInput } from '../../../contract/schemas/gigs'
import type { GigCardDoc } from '../../db/schema'
import { defineAction } from '../../runtime/action'
import { cardView, requireResident } from './model'

/**
 * `gigs.card` { trades (from the trades list, each once), times (1–100), note? (≤ 200; empty means
 * none) } → my job-seeker card (求职名片), replacing the last; employers see it beside my
 * application. Errors: INVALID_ARGUMENT, PROFILE_REQUIRED.
 */
export const card = defineAction({
  input: cardInput,
  async handler(ctx, { trades, times, note }): Promise<Card> {
    await requireResident(ctx)
    const doc: GigCardDoc = { _id: ctx.openid, openid: ctx.openid, trades, times, updatedAt: ctx.now() }
    if (note) doc.note = note
    await ctx.db.set('gigCards', doc)
    return cardView(doc)
  },
})
