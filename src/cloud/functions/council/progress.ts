import type { PlanStage } from '../../../contract/council'
import { progressInput } from '../../../contract/schemas/council'
import type { QuestionDoc } from '../../db/schema'
import { defineAction } from '../../runtime/action'
import { CloudError } from '../../runtime/errors'
import { makeRoomForPhotos, photosBytes } from '../grid/photos'
import { findQuestion, mayHandle, milestonePhotoId, notify, questionView, requireStaff } from './model'

const ORDER: PlanStage[] = ['todo', 'doing', 'done']

/**
 * `council.progress` (staff of the question's community, not its author) { questionId, stage?:
 * 'todo'|'doing'|'done', progress? (integer 0–100), note (2–200, trimmed), photo? } → Question.
 * Only on an accepted or reopened question; each call adds a dated milestone (its photo kept apart
 * in `questionPhotos` as `<questionId>:<n>`, n the milestone's index, within the device's photo
 * budget). The stage never goes back (todo → doing → done; a reopened question stands at doing);
 * `done` sets progress 100 and the question `done`, counts a completion (`round`) and starts its
 * ratings afresh, and tells the author. Without `stage` and `progress` only a milestone is added.
 * Errors: INVALID_ARGUMENT, PERMISSION_DENIED, NOT_FOUND, CONFLICT (not accepted or reopened; a
 * stage going back), QUOTA_EXCEEDED (no room for the photo).
 */
export const progress = defineAction({
  input: progressInput,
  async handler(ctx, data) {
    const { db, openid } = ctx
    const staff = await requireStaff(db, openid)
    const q = await findQuestion(db, data.questionId)
    mayHandle(staff, q)
    if ((q.status !== 'accepted' && q.status !== 'reopened') || !q.plan) {
      throw new CloudError('CONFLICT', '只有落实中的议题可以更新进展')
    }
    const stage = data.stage ?? q.plan.stage
    if (ORDER.indexOf(stage) < ORDER.indexOf(q.plan.stage)) {
      throw new CloudError('CONFLICT', '落实阶段不能倒退')
    }
    const at = ctx.now()
    const n = q.plan.milestones.length
    if (data.photo) {
      const id = milestonePhotoId(q._id, n)
      await makeRoomForPhotos(db, ctx.space(), photosBytes(id, [data.photo], 'questionPhotos'))
      await db.set('questionPhotos', { _id: id, photos: [data.photo] })
    }
    const done = stage === 'done'
    const next: QuestionDoc = {
      ...q,
      plan: {
        stage,
        progress: done ? 100 : (data.progress ?? q.plan.progress),
        milestones: [
          ...q.plan.milestones,
          data.photo ? { at, note: data.note, photo: true } : { at, note: data.note },
        ],
      },
    }
    if (done) {
      next.status = 'done'
      next.round = q.round + 1
      next.ratings = { satisfied: 0, basic: 0, unsatisfied: 0 }
    }
    await db.set('questions', next)
    if (done && q.authorId) {
      await notify(db, {
        audience: q.authorId,
        at,
        title: '议题已落实',
        body: `「${q.title}」已落实完成，欢迎评价`,
        questionId: q._id,
      })
    }
    return questionView(db, next, { openid, user: staff })
  },
})
