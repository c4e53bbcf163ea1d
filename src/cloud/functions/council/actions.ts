import { answer } from './answer'
import { board } from './board'
import { fromTicket } from './from-ticket'
import { progress } from './progress'
import { rate } from './rate'
import type { ActionMap } from '../../runtime/action'
import { categories } from './categories'
import { detail } from './detail'
import { list } from './list'
import { propose } from './propose'
import { raise } from './raise'
import { similar } from './similar'
import { support } from './support'
import { unsupport } from './unsupport'
import { withdraw } from './withdraw'

export const councilActions: ActionMap<'council'> = {
  categories,
  list,
  similar,
  raise,
  detail,
  support,
  unsupport,
  withdraw,
  propose,
  answer,
  progress,
  rate,
  fromTicket,
  board,
}
