import { registerSeedPart } from '../../seed/seed'
import { seedGigs } from '../../seed/gigs'
import { registerFunctions } from '../registry'
import { gigsActions } from './actions'

registerFunctions('gigs', gigsActions)
registerSeedPart({ marker: 'employers', run: seedGigs })
