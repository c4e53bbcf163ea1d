import { registerFunctions } from '../registry'
import { cancel } from './cancel'
import { certificate } from './certificate'
import { checkIn } from './check-in'
import { detail } from './detail'
import { mine } from './mine'
import { signUp } from './sign-up'

registerFunctions('volunteer', { detail, signUp, cancel, mine, checkIn, certificate })
