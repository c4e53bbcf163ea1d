import type { CloudFunctions } from '../runtime/action'
import { eventsActions } from './events/actions'
import { newsActions } from './news/actions'
import { pointsActions } from './points/actions'
import { userActions } from './user/actions'

export const cloudFunctions: CloudFunctions = {
  user: userActions,
  news: newsActions,
  points: pointsActions,
  events: eventsActions,
}
