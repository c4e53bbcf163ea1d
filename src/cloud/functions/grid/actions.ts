import type { ActionMap } from '../../runtime/action'
import { advance } from './advance'
import { categories } from './categories'
import { detail } from './detail'
import { mine } from './mine'
import { queue } from './queue'
import { rate } from './rate'
import { report } from './report'

export const gridActions: ActionMap<'grid'> = { categories, report, mine, detail, rate, queue, advance }
