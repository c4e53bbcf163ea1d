// The mock cloud with every function registered: what tests and tools outside the app use. The app
// itself starts from `core` (the main package) and each subpackage registers its own domain's
// functions when it loads (lib/cloud-<domain>.ts), so that code stays out of the main package.
import { registerFunctions } from './functions/registry'
import { eventsActions } from './functions/events/actions'
import { gridActions } from './functions/grid/actions'
import { shopActions } from './functions/shop/actions'
import { volunteerActions } from './functions/volunteer/actions'
import './functions/news/register'
import './functions/council/register'
// 物业红黑榜 (issue 14)
import './functions/property/register'
// 零工驿站 (issue 15)
import './functions/gigs/register'

registerFunctions('shop', shopActions)
registerFunctions('volunteer', volunteerActions)
registerFunctions('grid', gridActions)
registerFunctions('events', eventsActions)

export * from './core'
