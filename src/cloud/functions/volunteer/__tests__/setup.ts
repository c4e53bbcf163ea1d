import type { ActivityInput } from '../../../../contract/volunteer'
import { setupCloud } from '../../../__tests__/harness'

export const MIN = 60_000
export const HOUR = 60 * MIN
export const STAFF = 'staff-jc'
export const OTHER_STAFF = 'staff-jy'
/** Names carry no digits: the i-th volunteer is 志愿者甲, 志愿者乙 … */
const NAMES = '甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥'

/** A 2-hour river clean-up in 新华社区 starting at `startAt`: the activity the cloud tests publish. */
export const riverCleanup = (startAt: number): ActivityInput => ({
  title: '河道清理',
  description: '沿洸府河捡拾垃圾',
  place: '洸府河新华段',
  startAt,
  endAt: startAt + 2 * HOUR,
  quota: 10,
  points: 20,
})

/** A cloud with staff of 新华社区 and of 龙行社区, an activity starting in 2 h (2 h long), and signed-up residents. */
export async function setupVolunteer(
  options: { residents?: number; activity?: Partial<ActivityInput> } = {},
) {
  const env = setupCloud()
  await env.ok(STAFF, 'user', 'bindRole', { inviteCode: 'JC-STAFF-2026' })
  await env.ok(STAFF, 'user', 'updateProfile', { name: '张社工', phone: '13700001111' })
  await env.ok(OTHER_STAFF, 'user', 'bindRole', { inviteCode: 'JY-STAFF-2026' })
  const startAt = env.clock.now + 2 * HOUR
  const activity = await env.ok(STAFF, 'volunteer', 'create', {
    ...riverCleanup(startAt),
    ...options.activity,
  })
  const residents: string[] = []
  for (let i = 0; i < (options.residents ?? 1); i += 1) {
    const openid = `vol-${i}`
    await env.ok(openid, 'user', 'updateProfile', {
      name: `志愿者${NAMES[i]}`,
      phone: `1390000${String(i).padStart(4, '0')}`,
    })
    await env.ok(openid, 'volunteer', 'signUp', { activityId: activity.id })
    residents.push(openid)
  }
  const at = (ms: number) => {
    env.clock.now = ms
  }
  const code = (kind: 'in' | 'out' = 'in') =>
    env.ok(STAFF, 'volunteer', 'issueCode', { activityId: activity.id, kind })
  return { ...env, activity, residents, vol: residents[0], at, code }
}
