import { setupCloud } from '../../../__tests__/harness'

export const PHONE = '13912345678'
export const PNG = `data:image/png;base64,${'A'.repeat(400)}`

/** Two residents of 新华社区, its staff member and one of 济阳街道, and helpers to report and advance tickets. */
export async function setupGrid() {
  const env = setupCloud()
  await env.ok('res-a', 'user', 'updateProfile', { name: '王秀兰', phone: PHONE, communityId: 'jc-xinhua' })
  await env.ok('res-b', 'user', 'updateProfile', {
    name: '李建国',
    phone: '15000001111',
    communityId: 'jc-xinhua',
  })
  await env.ok('staff', 'user', 'bindRole', { inviteCode: 'JC-STAFF-2026' })
  await env.ok('staff-far', 'user', 'bindRole', { inviteCode: 'JY-STAFF-2026' })
  let n = 0
  const report = (extra: Record<string, unknown> = {}, who = 'res-a') =>
    env.ok(who, 'grid', 'report', {
      category: 'sanitation',
      description: '楼下垃圾桶满了三天没人清运',
      address: '新华社区 3 号楼东侧',
      requestId: `request-${++n}-xyz`,
      ...extra,
    })
  const advance = (ticketNo: string, to: string, extra: Record<string, unknown> = {}, who = 'staff') =>
    env.call(who, 'grid', 'advance', { ticketNo, to, note: '已处理', ...extra })
  const rate = (ticketNo: string, score: number, who = 'res-a') =>
    env.call(who, 'grid', 'rate', { ticketNo, score })
  return { ...env, report, advance, rate }
}
