import { registerFunctions } from '../registry'
import { cancelActivity } from './cancel-activity'
import { create } from './create'
import { detail } from './detail'
import { issueCode } from './issue-code'
import { manualCheck } from './manual-check'
import { roster } from './roster'
import { update } from './update'
import { verifyCertificate } from './verify-certificate'

registerFunctions('volunteer', {
  detail,
  create,
  update,
  cancelActivity,
  issueCode,
  roster,
  manualCheck,
  verifyCertificate,
})
