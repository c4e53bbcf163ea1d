import type { ActionMap } from '../../runtime/action'
import { applicants } from './applicants'
import { apply } from './apply'
import { applyEmployer } from './apply-employer'
import { approveEmployer } from './approve-employer'
import { cancel } from './cancel'
import { card } from './card'
import { complete } from './complete'
import { decide } from './decide'
import { detail } from './detail'
import { list } from './list'
import { mine } from './mine'
import { myCard } from './my-card'
import { myEmployer } from './my-employer'
import { myJobs } from './my-jobs'
import { post } from './post'
import { queue } from './queue'
import { rate } from './rate'
import { rejectEmployer } from './reject-employer'
import { review } from './review'
import { trades } from './trades'
import { withdraw } from './withdraw'

export const gigsActions: ActionMap<'gigs'> = {
  trades,
  applyEmployer,
  approveEmployer,
  rejectEmployer,
  myEmployer,
  post,
  review,
  queue,
  cancel,
  list,
  detail,
  card,
  myCard,
  apply,
  withdraw,
  applicants,
  decide,
  complete,
  rate,
  mine,
  myJobs,
}
