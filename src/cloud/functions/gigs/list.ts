import type { JobSort, JobSummary } from '../../../contract/gigs'
import { listInput } from '../../../contract/schemas/gigs'
import type { JobDoc } from '../../db/schema'
import { defineAction } from '../../runtime/action'
import { paginate, type Keyset } from '../../runtime/paginate'
import { chinaDay, communityNames, distanceKm, settle, summaryView } from './model'

/** No distance (a community without coordinates): after every measured one. */
const FAR = Number.MAX_SAFE_INTEGER

type Row = { job: JobDoc; km: number | undefined }

const KEYSETS: Record<JobSort, Keyset<Row>> = {
  distance: { key: (r) => [r.km ?? FAR, r.job.startAt, r.job._id], order: ['asc', 'asc', 'asc'] },
  start: { key: (r) => [r.job.startAt, r.job._id], order: ['asc', 'asc'] },
}

/**
 * `gigs.list` { trade?, date? ('YYYY-MM-DD', China time: jobs starting that day), sort?:
 * 'distance'|'start', cursor?, limit? } → page of recruiting jobs `{ id, trade, tradeName, title,
 * communityId, community, startAt, endAt, pay, belowGuide, headcount, accepted, deadline,
 * distanceKm? }`. Only posts approved and still open (deadline not passed) are listed; a post
 * found past its deadline is stored as closed. `distanceKm`:
 * straight-line (haversine) km between the caller's home community and the job's, 1 decimal (GIG_PLACES);
 * without a home community there is none, and `distance` (the default with one) sorts as `start`.
 * `distance`: nearest first, then soonest; `start`: soonest first. Keyset cursors (runtime/paginate.ts).
 * Readable without a profile. Errors: INVALID_ARGUMENT (filters; a cursor of another order).
 */
export const list = defineAction({
  input: listInput,
  async handler({ db, openid, now }, { trade, date, sort, ...page }) {
    const at = now()
    const user = await db.get('users', openid)
    const home = user?.profile?.communityId
    const order: JobSort = home && sort !== 'start' ? 'distance' : 'start'
    const day = date ? chinaDay(date) : undefined
    const range = day ? { gte: Math.max(day.start, at + 1), lt: day.end } : { gt: at }
    const found =
      day && day.end <= at
        ? []
        : await db.query('jobs', { status: 'recruiting' }, { range: { startAt: range } })
    const rows: Row[] = []
    for (const job of found) {
      // a post past its deadline closes itself here (stored so, and off the list from now on)
      if ((await settle(db, job, at)).status !== 'recruiting') continue
      if (trade !== undefined && job.trade !== trade) continue
      rows.push({ job, km: home ? distanceKm(home, job.communityId) : undefined })
    }
    const { items, nextCursor } = paginate(rows, KEYSETS[order], page)
    const names = communityNames(db)
    const views: JobSummary[] = []
    for (const r of items) views.push(summaryView(r.job, await names(r.job.communityId), r.km))
    return { items: views, nextCursor }
  },
})
