import type { ActionMap } from '../../runtime/action'
import { detail } from './detail'
import { list } from './list'

export const newsActions: ActionMap<'news'> = { list, detail }
