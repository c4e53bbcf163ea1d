import { COUNCIL_RULES, OPEN_STATUSES, type Question } from '../../../contract/council'
import { councilCommunity, raiseInput } from '../../../contract/schemas/council'
import type { QuestionDoc } from '../../db/schema'
import { defineAction } from '../../runtime/action'
import { CloudError } from '../../runtime/errors'
import { parseInput } from '../../runtime/validate'
import { makeRoomForPhotos, photosBytes } from '../grid/photos'
import { findCommunity, questionView, requireResident, thresholdOf } from './model'

/**
 * `council.raise` { title (5–30), description (10–500), category, photos? (≤ 3 references: a saved
 * file path, or an image data URL of at most 200,000 characters), communityId? (default: the home
 * community; required without one), requestId (8–64) } → Question (居民点单), status `raised`.
 * Text is trimmed and length-checked here. A resident raises for their own community: with a home
 * community, another one is PERMISSION_DENIED; one without a home community raises for the
 * community they name. At most 3 open (raised, pending, evaluating) questions per author at a time;
 * questions staff raised from reports do not count. The threshold is the community's at the time
 * of raising (councilSettings). Photos are kept apart (`questionPhotos`, `_id` = question id) within
 * the device's photo budget shared with grid reports (grid/photos.ts). Idempotent on `requestId`
 * per caller: a repeat answers the first question as first answered and raises nothing; the record
 * keeps it without photos and takes them back from `questionPhotos`.
 * Errors: INVALID_ARGUMENT (any field; no community; the same requestId with other input),
 * PROFILE_REQUIRED, PERMISSION_DENIED (not the caller's community), NOT_FOUND (community),
 * QUOTA_EXCEEDED (3 open questions; no room for the photos).
 */
export const raise = defineAction({
  input: raiseInput,
  idempotent: {
    keep: ({ photos: _photos, ...rest }: Question) => rest,
    async restore(tx, kept): Promise<Question> {
      const q = kept as Omit<Question, 'photos'>
      const photos = (await tx.get('questionPhotos', q.id))?.photos ?? []
      return { ...q, photos }
    },
  },
  async handler(ctx, data): Promise<Question> {
    const { db, openid } = ctx
    const user = await requireResident(ctx)
    const communityId = parseInput(councilCommunity, data.communityId ?? user.profile.communityId)
    const home = user.profile.communityId
    if (home && home !== communityId) {
      throw new CloudError('PERMISSION_DENIED', '只能为自己所在的社区提出议题')
    }
    const community = await findCommunity(db, communityId)
    let open = 0
    for (const status of OPEN_STATUSES) {
      open += (await db.query('questions', { authorId: openid, status })).filter((q) => !q.byCommunity).length
    }
    if (open >= COUNCIL_RULES.openMax) {
      throw new CloudError(
        'QUOTA_EXCEEDED',
        `你已有 ${COUNCIL_RULES.openMax} 个议题正在征集或等待答复，请等其中一个有了结果（或撤回一个）再提新的`,
      )
    }
    const at = ctx.now()
    const photos = data.photos ?? []
    const q: QuestionDoc = {
      _id: db.newId('q'),
      communityId,
      streetId: community.streetId,
      authorId: openid,
      title: data.title,
      description: data.description,
      category: data.category,
      photoCount: photos.length,
      status: 'raised',
      supports: 0,
      threshold: await thresholdOf(db, communityId),
      createdAt: at,
      round: 0,
      ratings: { satisfied: 0, basic: 0, unsatisfied: 0 },
      ratingsTotal: { satisfied: 0, basic: 0, unsatisfied: 0 },
    }
    if (photos.length > 0)
      await makeRoomForPhotos(db, ctx.space(), photosBytes(q._id, photos, 'questionPhotos'))
    await db.insert('questions', q)
    if (photos.length > 0) await db.insert('questionPhotos', { _id: q._id, photos })
    return questionView(db, q, { openid, user }, photos)
  },
})
