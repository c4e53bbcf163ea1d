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

export const councilActions: Partial<ActionMap<'council'>> = {
  categories,
  list,
  similar,
  raise,
  detail,
  support,
  unsupport,
  withdraw,
  propose,
}
