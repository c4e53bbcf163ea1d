import type { Job } from '../../../contract/gigs'
import { postInput } from '../../../contract/schemas/gigs'
import type { JobDoc } from '../../db/schema'
import { defineAction } from '../../runtime/action'
import { CloudError } from '../../runtime/errors'
import { findCommunity, isBelowGuide, jobView, notify, requireEmployer, tradeOf } from './model'

/**
 * `gigs.post` (an approved employer) { trade, title (4–30), description (10–500), communityId,
 * address (2–60), startAt (in the future), endAt (after startAt), pay: { amount (元, > 0, ≤ 100000,
 * two decimals at most), unit }, headcount (1–50), deadline (in the future, ≤ startAt), requestId }
 * → Job with status `review` (staff of its community get a notice; residents see it only once
 * approved). `belowGuide`: see `isBelowGuide` (same unit; hour vs day at 8 hours a day; a piece rate
 * against a time rate is false). Idempotent on requestId per caller.
 * Errors: INVALID_ARGUMENT (any field; times out of order or past), PERMISSION_DENIED (not an
 * approved employer), NOT_FOUND (community).
 */
export const post = defineAction({
  input: postInput,
  idempotent: true,
  async handler({ db, openid, now }, data): Promise<Job> {
    const { user, employer } = await requireEmployer(db, openid)
    const at = now()
    if (data.startAt <= at) throw new CloudError('INVALID_ARGUMENT', '开始时间需在现在之后')
    if (data.endAt <= data.startAt) throw new CloudError('INVALID_ARGUMENT', '结束时间需在开始时间之后')
    if (data.deadline > data.startAt) throw new CloudError('INVALID_ARGUMENT', '报名截止时间不能晚于开始时间')
    if (data.deadline <= at) throw new CloudError('INVALID_ARGUMENT', '报名截止时间需在现在之后')
    const community = await findCommunity(db, data.communityId)
    const job: JobDoc = {
      _id: db.newId('job'),
      employerId: employer._id,
      postedBy: openid,
      trade: data.trade,
      title: data.title,
      description: data.description,
      communityId: community._id,
      streetId: community.streetId,
      address: data.address,
      startAt: data.startAt,
      endAt: data.endAt,
      pay: { amount: data.pay.amount, unit: data.pay.unit },
      belowGuide: isBelowGuide(data.pay, tradeOf(data.trade).guidePrice),
      headcount: data.headcount,
      accepted: 0,
      deadline: data.deadline,
      status: 'review',
      createdAt: at,
    }
    await db.insert('jobs', job)
    await notify(db, {
      audience: `staff:${community._id}`,
      at,
      title: '有零工岗位待审核',
      body: `${employer.name}发布了「${job.title}」`,
      id: job._id,
    })
    return jobView(db, job, user, at)
  },
})
