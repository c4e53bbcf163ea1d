import { COUNCIL_RULES, type AnswerStatus } from '../../../contract/council'
import { answerInput } from '../../../contract/schemas/council'
import type { CloudTx, QuestionDoc } from '../../db/schema'
import { issuerAccountId } from '../../ledger/accounts'
import { createTransfer } from '../../ledger/transfers'
import { defineAction } from '../../runtime/action'
import { CloudError } from '../../runtime/errors'
import { chinaMonth, findQuestion, mayHandle, notify, questionView, requireStaff } from './model'

const FROM: QuestionDoc['status'][] = ['raised', 'pending', 'evaluating']
const WORDS: Record<AnswerStatus, string> = { evaluating: '研究中', accepted: '已采纳', rejected: '不予采纳' }

/**
 * The author's points for an accepted question, once: COUNCIL_RULES.acceptPoints from the 街道's
 * fund (kind earn, ref { type: 'question', id }), unless the author already earned for
 * `acceptPointsPerMonth` accepted questions this China-time month (their earn transfers that month
 * whose ref is a question), the question was raised by the community, or the author has gone.
 */
async function payAuthor(tx: CloudTx, q: QuestionDoc, at: number): Promise<string | undefined> {
  if (q.byCommunity || !q.authorId || q.transferId) return undefined
  const author = await tx.get('users', q.authorId)
  if (!author) return undefined
  const { start, end } = chinaMonth(at)
  const earned = await tx.query(
    'transfers',
    { creditAccountId: author.accountId, type: 'single' },
    { range: { at: { gte: start, lt: end } } },
  )
  const paid = earned.filter((t) => t.kind === 'earn' && t.ref?.type === 'question').length
  if (paid >= COUNCIL_RULES.acceptPointsPerMonth) return undefined
  const transfer = await createTransfer(tx, {
    debitAccountId: issuerAccountId(q.streetId),
    creditAccountId: author.accountId,
    amount: COUNCIL_RULES.acceptPoints,
    kind: 'earn',
    reason: `议事「${q.title}」被采纳`,
    ref: { type: 'question', id: q._id },
    at,
  })
  return transfer._id
}

/**
 * `council.answer` (staff of the question's community) { questionId, status: 'evaluating'|
 * 'accepted'|'rejected', reason (2–300, trimmed; required for rejected, shown publicly) } → Question.
 * Moves a raised, pending or evaluating question (staff need not wait for the threshold) to
 * evaluating, accepted or rejected; anything else, evaluating → evaluating included, is CONFLICT.
 * Nobody answers a question they raised (a staff member who turned a report into it included).
 * `accepted` starts the plan (未开始, 0%, no milestones) and posts the author's points once (see
 * `payAuthor`; the transaction reads the question first, so of two concurrent answers the second
 * finds it accepted and is CONFLICT). A notice tells the author (supporters follow it on the page).
 * Staff act in their role: no resident profile is asked for.
 * Errors: INVALID_ARGUMENT (a rejection without reason), PERMISSION_DENIED (not staff; another
 * community; one's own question), NOT_FOUND, CONFLICT.
 */
export const answer = defineAction({
  input: answerInput,
  async handler(ctx, { questionId, status, reason }) {
    const { db, openid } = ctx
    const staff = await requireStaff(db, openid)
    const q = await findQuestion(db, questionId)
    mayHandle(staff, q)
    if (!FROM.includes(q.status) || (status === 'evaluating' && q.status === 'evaluating')) {
      throw new CloudError('CONFLICT', '议题当前状态不能这样答复，请刷新后查看')
    }
    const at = ctx.now()
    const next: QuestionDoc = { ...q, status, answer: { status, reason: reason ?? '', at } }
    if (status === 'accepted') {
      next.plan = { stage: 'todo', progress: 0, milestones: [] }
      next.acceptedAt = at
      const transferId = await payAuthor(db, q, at)
      if (transferId) next.transferId = transferId
    }
    await db.set('questions', next)
    if (q.authorId && q.authorId !== openid) {
      await notify(db, {
        audience: q.authorId,
        at,
        title: `议题${WORDS[status]}`,
        body: reason ? `「${q.title}」${WORDS[status]}：${reason}` : `「${q.title}」${WORDS[status]}`,
        questionId,
      })
    }
    return questionView(db, next, { openid, user: staff })
  },
})
