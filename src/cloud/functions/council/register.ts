import { registerFunctions } from '../registry'
import { registerSeedPart } from '../../seed/seed'
import { seedCouncil } from '../../seed/council'
import { councilActions } from './actions'

registerFunctions('council', councilActions)
registerSeedPart({ marker: 'councilSettings', run: seedCouncil })
