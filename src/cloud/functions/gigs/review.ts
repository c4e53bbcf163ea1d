import type { Job } from '../../../contract/gigs'
import { reviewInput } from '../../../contract/schemas/gigs'
import type { JobDoc } from '../../db/schema'
import { defineAction } from '../../runtime/action'
import { CloudError } from '../../runtime/errors'
import { employerIdOf, findJob, jobView, notify, requireStaff } from './model'

/**
 * `gigs.review` (staff of the job's community) { jobId, approve, reason? (2–200; required to
 * reject) } → Job: a post in `review` becomes `recruiting` (residents see it; past its deadline it
 * reads as closed) or `rejected` with the reason. Nobody reviews their own post: staff who posted it,
 * or who act for its employer, are PERMISSION_DENIED. The one who posted it gets a notice.
 * Errors: INVALID_ARGUMENT (a rejection without reason), PERMISSION_DENIED (not staff; another
 * community; one's own post), NOT_FOUND, CONFLICT (not in review).
 */
export const review = defineAction({
  input: reviewInput,
  async handler({ db, openid, now }, { jobId, approve, reason }): Promise<Job> {
    const staff = await requireStaff(db, openid)
    const job = await findJob(db, jobId)
    if (job.communityId !== staff.staffCommunityId) {
      throw new CloudError('PERMISSION_DENIED', '这个岗位不属于你所在的社区')
    }
    if (job.postedBy === openid || employerIdOf(staff) === job.employerId) {
      throw new CloudError('PERMISSION_DENIED', '不能审核自己发布的岗位，请由本社区其他工作人员审核')
    }
    if (job.status !== 'review') throw new CloudError('CONFLICT', '这个岗位已经审核过了')
    const at = now()
    const next: JobDoc = {
      ...job,
      status: approve ? 'recruiting' : 'rejected',
      review: approve ? { approve, at } : { approve, reason: reason!, at },
      reviewedBy: openid,
    }
    await db.set('jobs', next)
    await notify(db, {
      audience: job.postedBy,
      at,
      title: approve ? '零工岗位已通过审核' : '零工岗位未通过审核',
      body: approve ? `「${job.title}」已开始招募` : `「${job.title}」未通过审核：${reason}`,
      id: job._id,
    })
    return jobView(db, next, staff, at)
  },
})
