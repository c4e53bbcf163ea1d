import { registerFunctions } from '../registry'
import { shopActions } from './actions'

registerFunctions('shop', shopActions)
