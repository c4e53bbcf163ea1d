import type { YearTotal } from '../../../contract/volunteer'
import type { ActivityDoc, CloudTx, SignupDoc } from '../../db/schema'

const CHINA_OFFSET = 8 * 3_600_000

export interface Served {
  activity: ActivityDoc
  signup: SignupDoc
}

/** The caller's completed service (checked out), oldest first: what hours and certificates count. */
export async function completedService(tx: CloudTx, openid: string): Promise<Served[]> {
  const served: Served[] = []
  for (const signup of await tx.query('signups', { openid })) {
    if (signup.status !== 'completed') continue
    const activity = await tx.get('activities', signup.activityId)
    if (activity) served.push({ activity, signup })
  }
  return served.sort((x, y) => x.activity.startAt - y.activity.startAt)
}

/** Totals per year (China time) of the activity's start, newest year first. */
export function yearTotals(served: Served[]): YearTotal[] {
  const years = new Map<number, YearTotal>()
  for (const { activity, signup } of served) {
    const year = new Date(activity.startAt + CHINA_OFFSET).getUTCFullYear()
    const total = years.get(year) ?? { year, minutes: 0, points: 0, activities: 0 }
    total.minutes += signup.minutes ?? 0
    total.points += signup.pointsAwarded ?? 0
    total.activities += 1
    years.set(year, total)
  }
  return [...years.values()].sort((a, b) => b.year - a.year)
}
