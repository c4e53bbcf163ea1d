import type { FunctionName } from '../../contract/api'
import type { ActionMap, CloudFunctions } from '../runtime/action'
import { eventsActions } from './events/actions'
import { gridActions } from './grid/actions'
import { messagesActions } from './messages/actions'
import { newsActions } from './news/actions'
import { pointsActions } from './points/actions'
import { userActions } from './user/actions'
import { volunteerActions } from './volunteer/actions'

/**
 * The functions the main package carries. A domain whose screens all live in a subpackage registers
 * its function when that subpackage loads (`registerFunctions`); `cloud/index.ts` registers them all.
 */
export const cloudFunctions: Partial<CloudFunctions> = {
  user: userActions,
  news: newsActions,
  points: pointsActions,
  volunteer: volunteerActions,
  grid: gridActions,
  events: eventsActions,
  messages: messagesActions,
}

export function registerFunctions<F extends FunctionName>(name: F, actions: ActionMap<F>): void {
  ;(cloudFunctions as Record<string, unknown>)[name] = actions
}
