import { fromTicketInput } from '../../../contract/schemas/council'
import type { QuestionDoc } from '../../db/schema'
import { defineAction } from '../../runtime/action'
import { CloudError } from '../../runtime/errors'
import { findQuestion, questionView, requireStaff, thresholdOf } from './model'

/**
 * `council.fromTicket` (staff of the ticket's community) { ticketNo, title (5–30), category } →
 * Question: a grid report that needs a community decision becomes a question raised by the
 * community (`byCommunity`; its author is the staff member, shown as the community's name; it earns
 * no points and does not count against anyone's 3 open questions), status raised, its description
 * the report's. Linked both ways: the question carries `ticketNo`, the ticket `questionId` and a
 * timeline entry (status unchanged) whose note names the question's title. The report's reporter is
 * never named; photos are not copied. Any ticket status may be turned into a question (a report
 * rejected as a grid task may be exactly one that needs a decision); a ticket already linked is
 * CONFLICT.
 * Errors: INVALID_ARGUMENT, PERMISSION_DENIED (not staff; another community's ticket), NOT_FOUND,
 * CONFLICT.
 */
export const fromTicket = defineAction({
  input: fromTicketInput,
  async handler(ctx, { ticketNo, title, category }) {
    const { db, openid } = ctx
    const staff = await requireStaff(db, openid)
    const ticket = await db.get('tickets', ticketNo)
    if (!ticket) throw new CloudError('NOT_FOUND', '没有找到这张工单')
    if (ticket.communityId !== staff.staffCommunityId) {
      throw new CloudError('PERMISSION_DENIED', '这张工单不属于你所在的社区')
    }
    if (ticket.questionId) {
      const linked = await findQuestion(db, ticket.questionId).catch(() => null)
      throw new CloudError('CONFLICT', `这张工单已转为居民议事${linked ? `：「${linked.title}」` : ''}`)
    }
    const community = await db.get('communities', ticket.communityId)
    if (!community) throw new CloudError('NOT_FOUND', '没有找到这个社区')
    const at = ctx.now()
    const q: QuestionDoc = {
      _id: db.newId('q'),
      communityId: ticket.communityId,
      streetId: community.streetId,
      authorId: openid,
      byCommunity: true,
      title,
      description: ticket.description,
      category,
      photoCount: 0,
      status: 'raised',
      supports: 0,
      threshold: await thresholdOf(db, ticket.communityId),
      createdAt: at,
      round: 0,
      ratings: { satisfied: 0, basic: 0, unsatisfied: 0 },
      ratingsTotal: { satisfied: 0, basic: 0, unsatisfied: 0 },
      ticketNo,
    }
    await db.insert('questions', q)
    await db.set('tickets', {
      ...ticket,
      questionId: q._id,
      timeline: [
        ...ticket.timeline,
        {
          at,
          status: ticket.status,
          note: `已转为居民议事：「${title}」`,
          actor: 'staff',
          label: `${community.name}网格员`,
        },
      ],
    })
    return questionView(db, q, { openid, user: staff })
  },
})
