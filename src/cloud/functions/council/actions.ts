import type { ActionMap } from '../../runtime/action'
import { categories } from './categories'
import { detail } from './detail'
import { list } from './list'
import { raise } from './raise'
import { similar } from './similar'

export const councilActions: Partial<ActionMap<'council'>> = { categories, list, similar, raise, detail }
