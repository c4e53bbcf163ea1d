import { registerFunctions } from '../registry'
import { gridActions } from './actions'

registerFunctions('grid', gridActions)
