import type { ActionMap } from '../../runtime/action'
import { cancel } from './cancel'
import { cancelActivity } from './cancel-activity'
import { certificate } from './certificate'
import { checkIn } from './check-in'
import { create } from './create'
import { detail } from './detail'
import { issueCode } from './issue-code'
import { list } from './list'
import { manualCheck } from './manual-check'
import { mine } from './mine'
import { roster } from './roster'
import { signUp } from './sign-up'
import { update } from './update'
import { verifyCertificate } from './verify-certificate'

export const volunteerActions: ActionMap<'volunteer'> = {
  create,
  update,
  cancelActivity,
  list,
  detail,
  signUp,
  cancel,
  mine,
  issueCode,
  checkIn,
  roster,
  manualCheck,
  certificate,
  verifyCertificate,
}
