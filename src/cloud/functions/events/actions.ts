import type { ActionMap } from '../../runtime/action'
import { book } from './book'
import { bookShuttle } from './book-shuttle'
import { cancel } from './cancel'
import { detail } from './detail'
import { list } from './list'
import { mine } from './mine'
import { shuttles } from './shuttles'
import { verify } from './verify'

export const eventsActions: ActionMap<'events'> = {
  list,
  detail,
  book,
  cancel,
  shuttles,
  bookShuttle,
  mine,
  verify,
}
