import type { CloudTx } from '../../db/schema'
import { forgetIssues } from './code-issues'

// Imported by `user.deleteAccount` (main package): keep its imports to the schema and small helpers.

/**
 * 注销 of `openid`, as volunteer and as staff.
 * - A sign-up still holding a place — signed, or checked in (the person can no longer check out,
 *   so it would never count) — on an activity neither cancelled nor ended is cancelled, and the
 *   activity's `signedUp` goes down: the place is free again.
 * - Every sign-up keeps its numbers under an anonymous id (an activity's hours must add up).
 * - 志愿服务证明 issued to the person are removed (their codes no longer verify).
 * - As staff: activities they published (`createdBy`) and checks they recorded (`manualBy`) keep
 *   no trace of them (''); their record of displayed check-in codes goes.
 */
export async function forgetVolunteer(tx: CloudTx, openid: string, at: number): Promise<void> {
  for (const s of await tx.query('signups', { openid })) {
    const a = await tx.get('activities', s.activityId)
    const holding = s.status === 'signed' || s.status === 'checkedIn'
    if (a && holding && !a.cancelled && at < a.endAt) {
      await tx.update('signups', s._id, { status: 'cancelled', openid: `gone:${s._id}` })
      await tx.update('activities', a._id, { signedUp: a.signedUp - 1 })
    } else {
      await tx.update('signups', s._id, { openid: `gone:${s._id}` })
    }
  }
  for (const c of await tx.query('certificates', { openid })) await tx.remove('certificates', c._id)
  for (const s of await tx.query('signups', { manualBy: openid }))
    await tx.update('signups', s._id, { manualBy: '' })
  for (const a of await tx.query('activities', { createdBy: openid }))
    await tx.update('activities', a._id, { createdBy: '' })
  await forgetIssues(tx, openid)
}
