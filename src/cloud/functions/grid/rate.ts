import type { TicketStatus } from '../../../contract/grid'
import { rateInput } from '../../../contract/schemas/grid'
import { defineAction } from '../../runtime/action'
import { CloudError } from '../../runtime/errors'
import { communityName, findTicket, photosOf, ticketView } from './tickets'

const REFUSED: Record<string, string> = {
  closed: '这张工单已评价并办结',
  reopened: '已评价为不满意，工单正在重新办理，办结后可再次评价',
}

/**
 * `grid.rate` { ticketNo, score (1–5), comment? (≤ 200) } → Ticket with its photos. Only its reporter, only while
 * resolved, so once per resolution: a score of 2 or less reopens the ticket, otherwise it closes.
 * Errors: INVALID_ARGUMENT, NOT_FOUND, PERMISSION_DENIED (not the reporter), CONFLICT (not resolved).
 */
export const rate = defineAction({
  input: rateInput,
  async handler({ db, openid, now }, { ticketNo, score, comment }) {
    const ticket = await findTicket(db, ticketNo)
    if (ticket.reporterId !== openid) throw new CloudError('PERMISSION_DENIED', '只能评价自己反映的问题')
    if (ticket.status !== 'resolved') {
      throw new CloudError('CONFLICT', REFUSED[ticket.status] ?? '问题办结后才能评价')
    }
    const at = now()
    const status: TicketStatus = score <= 2 ? 'reopened' : 'closed'
    const text = comment || undefined
    const note = `评价 ${score} 星${text ? `：${text}` : ''}${status === 'reopened' ? '，不满意，重新办理' : ''}`
    const next = {
      ...ticket,
      status,
      ratings: [...ticket.ratings, { score, comment: text, at }],
      timeline: [...ticket.timeline, { at, status, note, actor: 'reporter' as const }],
    }
    await db.set('tickets', next)
    return ticketView(
      next,
      await communityName(db, ticket.communityId),
      at,
      { kind: 'reporter' },
      await photosOf(db, next),
    )
  },
})
