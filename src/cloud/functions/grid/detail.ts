import * as v from 'valibot'

import { ticketNoField } from '../../../contract/schemas/grid'
import { defineAction } from '../../runtime/action'
import { CloudError } from '../../runtime/errors'
import { OTHER_COMMUNITY, communityName, findTicket, photosOf, staffView, ticketView } from './tickets'

/**
 * `grid.detail` { ticketNo } → Ticket with its photos. Its reporter sees their own contact phone
 * masked; staff of the ticket's community see the reporter masked, or nobody for an anonymous report.
 * Errors: INVALID_ARGUMENT (ticketNo), NOT_FOUND, PERMISSION_DENIED (anyone else).
 */
export const detail = defineAction({
  input: v.object({ ticketNo: ticketNoField }),
  async handler({ db, openid, now }, { ticketNo }) {
    const ticket = await findTicket(db, ticketNo)
    const photos = await photosOf(db, ticket)
    if (ticket.reporterId === openid) {
      return ticketView(
        ticket,
        await communityName(db, ticket.communityId),
        now(),
        { kind: 'reporter' },
        photos,
      )
    }
    const user = await db.get('users', openid)
    if (!user?.roles.includes('staff') || user.staffCommunityId !== ticket.communityId) {
      throw new CloudError(
        'PERMISSION_DENIED',
        user?.roles.includes('staff') ? OTHER_COMMUNITY : '只能查看自己反映的问题',
      )
    }
    return staffView(db, ticket, now(), photos)
  },
})
