import type { FunctionName } from '../../contract/api'
import type { ActionMap, CloudFunctions } from '../runtime/action'
import { list as eventsList } from './events/list'
import { mine as gridMine } from './grid/mine'
import { messagesActions } from './messages/actions'
import { list as newsList } from './news/list'
import { pointsActions } from './points/actions'
import { userActions } from './user/actions'
import { list as volunteerList } from './volunteer/list'

/**
 * The functions and actions the main package carries: what the tab pages call. The rest of a domain
 * registers when the subpackage whose pages call it loads (`registerFunctions`, from
 * lib/cloud-<domain>.ts); `cloud/index.ts` registers everything for tests and tools.
 */
export const cloudFunctions: Partial<CloudFunctions> = {
  user: userActions,
  news: { list: newsList } as ActionMap<'news'>,
  points: pointsActions,
  volunteer: { list: volunteerList } as ActionMap<'volunteer'>,
  grid: { mine: gridMine } as ActionMap<'grid'>,
  events: { list: eventsList } as ActionMap<'events'>,
  messages: messagesActions,
}

/** Adds a function's actions (all or some) to what the running cloud answers. */
export function registerFunctions<F extends FunctionName>(name: F, actions: Partial<ActionMap<F>>): void {
  ;(cloudFunctions as Record<string, unknown>)[name] = { ...cloudFunctions[name], ...actions }
}
