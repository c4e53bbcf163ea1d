import type { AdvanceTo, TicketStatus } from '../../../contract/grid'
import { advanceInput } from '../../../contract/schemas/grid'
import { defineAction } from '../../runtime/action'
import { CloudError } from '../../runtime/errors'
import { OTHER_COMMUNITY, findTicket, photosOf, requireStaff, staffView } from './tickets'

/** The staff half of the lifecycle: which statuses each step may leave from. */
const FROM: Record<AdvanceTo, TicketStatus[]> = {
  accepted: ['submitted'],
  rejected: ['submitted', 'accepted'],
  dispatched: ['accepted', 'reopened'],
  resolved: ['accepted', 'dispatched', 'reopened'],
}

const STEP: Record<AdvanceTo, string> = {
  accepted: '受理',
  rejected: '不予受理',
  dispatched: '派单',
  resolved: '办结',
}

/**
 * `grid.advance` (staff of the ticket's community) { ticketNo, to: 'accepted'|'dispatched'|
 * 'resolved'|'rejected', note (1–200), department? (2–30, required for dispatched) } → Ticket with
 * its photos.
 * Allowed: submitted → accepted | rejected; accepted → dispatched | resolved | rejected;
 * dispatched → resolved; reopened → dispatched | resolved. Each step joins the timeline, signed
 * with the community's grid label. Nobody handles their own report: a ticket the caller reported
 * (anonymously or not) is PERMISSION_DENIED at every step; another staff member handles it.
 * Errors: INVALID_ARGUMENT, PERMISSION_DENIED, NOT_FOUND, CONFLICT (any other change).
 */
export const advance = defineAction({
  input: advanceInput,
  async handler({ db, openid, now }, { ticketNo, to, note, department }) {
    const staff = await requireStaff(db, openid)
    const ticket = await findTicket(db, ticketNo)
    if (ticket.communityId !== staff.staffCommunityId)
      throw new CloudError('PERMISSION_DENIED', OTHER_COMMUNITY)
    if (ticket.reporterId === openid) {
      throw new CloudError('PERMISSION_DENIED', '不能处理自己反映的工单，请由本社区其他工作人员处理')
    }
    if (!FROM[to].includes(ticket.status)) {
      throw new CloudError('CONFLICT', `工单当前状态不能${STEP[to]}，请刷新后查看`)
    }
    const at = now()
    const community = await db.get('communities', ticket.communityId)
    const next = {
      ...ticket,
      status: to,
      department: to === 'dispatched' ? department : ticket.department,
      timeline: [
        ...ticket.timeline,
        {
          at,
          status: to,
          note: to === 'dispatched' ? `派至${department}：${note}` : note,
          actor: 'staff' as const,
          label: `${community?.name ?? '社区'}网格员`,
        },
      ],
    }
    await db.set('tickets', next)
    return staffView(db, next, at, await photosOf(db, next))
  },
})
