import type { CloudFunctions } from '../runtime/action'
import { gridActions } from './grid/actions'
import { newsActions } from './news/actions'
import { pointsActions } from './points/actions'
import { userActions } from './user/actions'
import { volunteerActions } from './volunteer/actions'

export const cloudFunctions: CloudFunctions = {
  user: userActions,
  news: newsActions,
  points: pointsActions,
  volunteer: volunteerActions,
  grid: gridActions,
}
