import type { PostInput } from '../../../../contract/gigs'
import { setupCloud } from '../../../__tests__/harness'

export const HOUR = 3_600_000
export const DAY = 24 * HOUR

/**
 * A seeded cloud with residents of 新华社区 (res-a, res-b, res-c) and 龙行社区 (res-far), staff of both
 * (staff, staff2 of 新华社区; staff-far of 龙行社区), the demo employer bound by XH-EMPLOYER-2026
 * (`boss`), and helpers: `post` (by boss, in review), `open` (posted and approved), `code`.
 */
export async function setupGigs() {
  const env = setupCloud()
  let phone = 0
  const profile = (who: string, name: string, communityId = 'jc-xinhua') =>
    env.ok(who, 'user', 'updateProfile', {
      name,
      phone: `1390000${String((phone += 1)).padStart(4, '0')}`,
      communityId,
    })
  await profile('res-a', '王秀兰')
  await profile('res-b', '李建国')
  await profile('res-c', '赵敏')
  await profile('res-far', '钱多多', 'jy-longxing')
  await env.ok('staff', 'user', 'bindRole', { inviteCode: 'JC-STAFF-2026' })
  await env.ok('staff2', 'user', 'bindRole', { inviteCode: 'JC-STAFF-2026' })
  await env.ok('staff-far', 'user', 'bindRole', { inviteCode: 'JY-STAFF-2026' })
  await env.ok('boss', 'user', 'bindRole', { inviteCode: 'XH-EMPLOYER-2026' })
  let n = 0
  const post = (extra: Partial<PostInput> = {}, who = 'boss') => {
    const startAt = env.clock.now + 3 * DAY
    return env.ok(who, 'gigs', 'post', {
      trade: 'repair',
      title: '更换卫生间水龙头',
      description: '卫生间水龙头漏水，需要上门更换，配件已备好',
      communityId: 'jc-xinhua',
      address: '新华苑 2 号楼',
      startAt,
      endAt: startAt + 3 * HOUR,
      pay: { amount: 70, unit: 'hour' },
      headcount: 2,
      deadline: startAt - 12 * HOUR,
      requestId: `post-${(n += 1)}-request`,
      ...extra,
    })
  }
  /** A staff member of `communityId` (staff, staff-far, or one made for another community). */
  const staffOf = async (communityId: string) => {
    if (communityId === 'jc-xinhua') return 'staff'
    if (communityId === 'jy-longxing') return 'staff-far'
    const who = `staff-${communityId}`
    if (!(await env.db.get('users', who))) {
      await env.ok(who, 'user', 'bindRole', { inviteCode: 'JC-STAFF-2026' })
      await env.db.transaction(async (tx) => {
        const user = (await tx.get('users', who))!
        await tx.set('users', { ...user, staffCommunityId: communityId })
      })
    }
    return who
  }
  const open = async (extra: Partial<PostInput> = {}, who = 'boss') => {
    const job = await post(extra, who)
    return env.ok(await staffOf(job.communityId), 'gigs', 'review', { jobId: job.id, approve: true })
  }
  /** `count` more residents of `communityId`, named w-1 … w-<count>. */
  const workers = async (count: number, communityId = 'jc-xinhua') => {
    const ids: string[] = []
    for (let i = 1; i <= count; i += 1) {
      await profile(`w-${i}`, `工人${'甲乙丙丁戊己庚辛壬癸'[i % 10]}`, communityId)
      ids.push(`w-${i}`)
    }
    return ids
  }
  const code = async (who: string, action: string, data: Record<string, unknown> = {}) => {
    const result = await env.call(who, 'gigs', action, data)
    return result.ok ? 'OK' : result.error.code
  }
  return { ...env, profile, post, open, staffOf, workers, code }
}
