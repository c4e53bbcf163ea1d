import { questionInput } from '../../../contract/schemas/council'
import { defineAction } from '../../runtime/action'
import { findQuestion, questionView, viewerOf } from './model'

/**
 * `council.detail` { questionId } → Question: description, photos, supports and threshold,
 * `mySupport`, proposals (the adviser's title only), the public answer (a rejection's reason
 * included), the plan with its dated milestones and their photos, ratings of the current
 * completion, `myRating`, `raters`, `canRate`, `own`, `ticketNo`; staff of its community also see
 * the author's full name (`author`). Anyone may read any community's question (the loop is public);
 * no profile is needed to read. Errors: INVALID_ARGUMENT, NOT_FOUND.
 */
export const detail = defineAction({
  input: questionInput,
  async handler(ctx, { questionId }) {
    const viewer = await viewerOf(ctx)
    const q = await findQuestion(ctx.db, questionId)
    return questionView(ctx.db, q, viewer)
  },
})
