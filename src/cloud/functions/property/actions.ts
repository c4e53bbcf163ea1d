import type { ActionMap } from '../../runtime/action'
import { accounts } from './accounts'
import { answerQuestion } from './answer-question'
import { ask } from './ask'
import { board } from './board'
import { companies } from './companies'
import { confirmAccounts } from './confirm-accounts'
import { enterAccounts } from './enter-accounts'
import { estates } from './estates'
import { history } from './history'
import { monthly } from './monthly'
import { myScore } from './my-score'
import { record } from './record'
import { reply } from './reply'
import { score } from './score'

export const propertyActions: ActionMap<'property'> = {
  estates,
  companies,
  score,
  myScore,
  record,
  monthly,
  board,
  history,
  reply,
  accounts,
  enterAccounts,
  confirmAccounts,
  ask,
  answerQuestion,
}
