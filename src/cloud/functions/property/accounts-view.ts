import type { AccountQuestion, Accounts } from '../../../contract/property'
import type { AccountQuestionDoc, CloudTx, EstateDoc, PropertyAccountDoc } from '../../db/schema'
import { propertyCompanyId } from './model'

/** Who sees a 小区's unconfirmed accounts: the 物业 of its company and the staff of its community. */
export async function seesUnconfirmed(tx: CloudTx, openid: string, estate: EstateDoc): Promise<boolean> {
  const user = await tx.get('users', openid)
  if (propertyCompanyId(user) === estate.companyId) return true
  return !!user?.roles.includes('staff') && user.staffCommunityId === estate.communityId
}

export const accountId = (estateId: string, month: string): string => `${estateId}:${month}`

export const questionView = (doc: AccountQuestionDoc): AccountQuestion => ({
  id: doc._id,
  estateId: doc.estateId,
  month: doc.month,
  category: doc.category,
  text: doc.text,
  at: doc.at,
  ...(doc.answer ? { answer: doc.answer } : {}),
})

const net = (doc: PropertyAccountDoc) =>
  doc.income.reduce((s, l) => s + l.amount, 0) - doc.spending.reduce((s, l) => s + l.amount, 0)

/**
 * A month's accounts as `full` (物业, staff) or a resident sees them. Amounts in fen. `balance`: every
 * earlier confirmed month's income minus spending, plus this month's lines as shown (a resident sees
 * an unconfirmed month empty: no lines, no questions, the balance of the confirmed months before it).
 * `enteredByMe`: `openid` (the caller) entered the lines shown.
 */
export async function accountsView(
  tx: CloudTx,
  estate: EstateDoc,
  month: string,
  full: boolean,
  openid?: string,
): Promise<Accounts> {
  const doc = await tx.get('propertyAccounts', accountId(estate._id, month))
  const shown = doc && (doc.confirmed || full) ? doc : null
  const earlier = await tx.query(
    'propertyAccounts',
    { estateId: estate._id },
    { orderBy: [['month', 'asc']], range: { month: { lt: month } } },
  )
  const before = earlier.filter((d) => d.confirmed).reduce((s, d) => s + net(d), 0)
  const questions = doc?.confirmed
    ? (await tx.query('accountQuestions', { estateId: estate._id, month })).sort(
        (a, b) => a.at - b.at || (a._id < b._id ? -1 : 1),
      )
    : []
  const company = await tx.get('companies', estate.companyId)
  return {
    estateId: estate._id,
    estate: estate.name,
    companyId: estate.companyId,
    company: company?.name ?? '',
    month,
    income: shown?.income ?? [],
    spending: shown?.spending ?? [],
    balance: before + (shown ? net(shown) : 0),
    confirmed: !!doc?.confirmed,
    entered: !!shown,
    enteredByMe: !!shown && openid !== undefined && shown.enteredBy === openid,
    questions: questions.map(questionView),
  }
}
