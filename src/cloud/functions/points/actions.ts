import type { ActionMap } from '../../runtime/action'
import { balance } from './balance'
import { ledger } from './ledger'

export const pointsActions: ActionMap<'points'> = { balance, ledger }
