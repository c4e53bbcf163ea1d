import type { CloudFunctions } from '../runtime/action'
import { newsActions } from './news/actions'
import { pointsActions } from './points/actions'
import { shopActions } from './shop/actions'
import { userActions } from './user/actions'

export const cloudFunctions: CloudFunctions = {
  user: userActions,
  news: newsActions,
  points: pointsActions,
  shop: shopActions,
}
