import * as v from 'valibot'

import { activityInputAt } from '../../../contract/schemas/volunteer'
import {
  POINTS_THRESHOLD,
  type Activity,
  type ActivityInput,
  type ActivityItem,
  type ActivityStatus,
  type MySignup,
} from '../../../contract/volunteer'
import type { ActivityDoc, CloudTx, SignupDoc, UserDoc } from '../../db/schema'
import { issuerAccountId } from '../../ledger/accounts'
import { createTransfer } from '../../ledger/transfers'
import type { ActionContext } from '../../runtime/action'
import { CloudError } from '../../runtime/errors'
import { parseInput } from '../../runtime/validate'

const HOUR = 3_600_000

export const activityId = v.pipe(v.string('缺少活动编号'), v.minLength(1, '缺少活动编号'), v.maxLength(40))

/** The time rules against the cloud's clock (INVALID_ARGUMENT); returns the cancel deadline (default: 2 h before the start). */
export function checkTimes(input: ActivityInput, now: number): number {
  parseInput(activityInputAt(now), input)
  return input.cancelDeadline ?? input.startAt - 2 * HOUR
}

export function statusOf(a: ActivityDoc, now: number): ActivityStatus {
  if (a.cancelled) return 'cancelled'
  if (now < a.startAt) return 'open'
  return now < a.endAt ? 'ongoing' : 'ended'
}

/** 街道 and 社区 names by id, read once per call. */
export async function placeNames(tx: CloudTx) {
  const streets = new Map((await tx.query('streets')).map((s) => [s._id, s.name]))
  const communities = new Map((await tx.query('communities')).map((c) => [c._id, c.name]))
  return (a: ActivityDoc) => ({
    street: streets.get(a.streetId) ?? '',
    community: communities.get(a.communityId) ?? '',
  })
}

export type Names = Awaited<ReturnType<typeof placeNames>>

export const itemOf = (a: ActivityDoc, names: Names, now: number): ActivityItem => ({
  id: a._id,
  title: a.title,
  ...names(a),
  place: a.place,
  startAt: a.startAt,
  endAt: a.endAt,
  quota: a.quota,
  signedUp: a.signedUp,
  points: a.points,
  status: statusOf(a, now),
})

export async function activityView(ctx: ActionContext, a: ActivityDoc): Promise<Activity> {
  const user = await ctx.db.get('users', ctx.openid)
  return {
    ...itemOf(a, await placeNames(ctx.db), ctx.now()),
    description: a.description,
    communityId: a.communityId,
    cancelDeadline: a.cancelDeadline,
    createdAt: a.createdAt,
    location: a.location,
    organizer: !!user?.roles.includes('staff') && user.staffCommunityId === a.communityId,
  }
}

export const signupView = (s: SignupDoc): MySignup => ({
  status: s.status,
  checkInAt: s.checkInAt,
  checkOutAt: s.checkOutAt,
  minutes: s.minutes,
  pointsAwarded: s.pointsAwarded,
})

export async function getActivity(tx: CloudTx, id: string): Promise<ActivityDoc> {
  const a = await tx.get('activities', id)
  if (!a) throw new CloudError('NOT_FOUND', '没有找到这个志愿活动')
  return a
}

export async function signupOf(tx: CloudTx, id: string, openid: string): Promise<SignupDoc | null> {
  const [found] = await tx.query('signups', { activityId: id, openid })
  return found ?? null
}

/** The caller as staff of `communityId` (any community when omitted), else PERMISSION_DENIED. */
export async function requireStaff(ctx: ActionContext, communityId?: string): Promise<UserDoc> {
  const user = await ctx.db.get('users', ctx.openid)
  if (!user?.roles.includes('staff') || !user.staffCommunityId) {
    throw new CloudError('PERMISSION_DENIED', '只有社区工作人员可以进行此操作')
  }
  if (communityId !== undefined && user.staffCommunityId !== communityId) {
    throw new CloudError('PERMISSION_DENIED', '只能管理本社区的志愿活动')
  }
  return user
}

/** A resident write needs the real-name profile (PROFILE_REQUIRED). */
export async function requireProfile(ctx: ActionContext): Promise<UserDoc> {
  const user = await ctx.db.get('users', ctx.openid)
  if (!user?.profile) throw new CloudError('PROFILE_REQUIRED', '请先在「我的」完善实名信息（姓名和手机号）')
  return user
}

export function clock(at: number): string {
  const d = new Date(at + 8 * HOUR)
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${d.getUTCMonth() + 1}月${d.getUTCDate()}日 ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`
}

export function assertLive(a: ActivityDoc): void {
  if (a.cancelled) throw new CloudError('CONFLICT', '这个活动已取消')
}

/** Rules of the check windows: in from 30 min before the start until the end; out until 2 h after the end. */
export function checkWindow(a: ActivityDoc, kind: 'in' | 'out', at: number, checkInAt?: number): void {
  const opens = kind === 'in' ? a.startAt - 30 * 60_000 : (checkInAt ?? a.startAt)
  const closes = kind === 'in' ? a.endAt : a.endAt + 2 * HOUR
  if (at < opens)
    throw new CloudError('WINDOW_CLOSED', `${kind === 'in' ? '签到' : '签退'}将于 ${clock(opens)} 开放`)
  if (at > closes)
    throw new CloudError('WINDOW_CLOSED', `${kind === 'in' ? '签到' : '签退'}已于 ${clock(closes)} 截止`)
}

/** The lifecycle step a check needs; anything else is CONFLICT (the first result stands). */
export function checkState(s: SignupDoc, kind: 'in' | 'out'): void {
  if (kind === 'in' && s.checkInAt !== undefined) {
    throw new CloudError('CONFLICT', `已于 ${clock(s.checkInAt)} 签到，无需重复`)
  }
  if (kind === 'out' && s.checkOutAt !== undefined) {
    throw new CloudError('CONFLICT', `已于 ${clock(s.checkOutAt)} 签退，无需重复`)
  }
  if (kind === 'out' && s.checkInAt === undefined) throw new CloudError('CONFLICT', '还没有签到，请先签到')
}

/**
 * Records a check. Check-out computes the minutes served (overlap of [in, out] with the activity)
 * and, at ≥ 60% of its length, posts the points from the 街道's issuer account — once: a signup
 * that already holds a transfer never gets another.
 */
export async function recordCheck(
  tx: CloudTx,
  a: ActivityDoc,
  s: SignupDoc,
  kind: 'in' | 'out',
  at: number,
  manualBy?: string,
): Promise<SignupDoc> {
  const patch: Partial<SignupDoc> = manualBy ? { manualBy } : {}
  if (kind === 'in') {
    Object.assign(patch, { status: 'checkedIn', checkInAt: at })
  } else {
    const from = Math.max(s.checkInAt ?? at, a.startAt)
    const minutes = Math.max(0, Math.floor((Math.min(at, a.endAt) - from) / 60_000))
    const length = (a.endAt - a.startAt) / 60_000
    Object.assign(patch, { status: 'completed', checkOutAt: at, minutes, pointsAwarded: 0 })
    const user = await tx.get('users', s.openid)
    if (user && a.points > 0 && minutes >= POINTS_THRESHOLD * length && !s.transferId) {
      const transfer = await createTransfer(tx, {
        debitAccountId: issuerAccountId(a.streetId),
        creditAccountId: user.accountId,
        amount: a.points,
        kind: 'earn',
        reason: `志愿服务：${a.title}`,
        ref: { type: 'activity', id: a._id },
        at,
      })
      Object.assign(patch, { pointsAwarded: a.points, transferId: transfer._id })
    }
  }
  await tx.update('signups', s._id, patch)
  return { ...s, ...patch }
}
