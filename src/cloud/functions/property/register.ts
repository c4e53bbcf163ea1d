import { registerSeedPart } from '../../seed/seed'
import { seedProperty } from '../../seed/property'
import { registerFunctions } from '../registry'
import { propertyActions } from './actions'

registerFunctions('property', propertyActions)
registerSeedPart({ marker: 'companies', run: seedProperty })
