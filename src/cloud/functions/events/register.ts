import { registerFunctions } from '../registry'
import { eventsActions } from './actions'

registerFunctions('events', eventsActions)
