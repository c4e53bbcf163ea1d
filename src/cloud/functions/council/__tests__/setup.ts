import { setupCloud } from '../../../__tests__/harness'

export const PNG = `data:image/png;base64,${'A'.repeat(400)}`

/**
 * A seeded cloud with residents of 新华社区 (res-a … and `residents(n)` more), one of 龙行社区, staff of
 * both, the 新华社区 adviser, and helpers to raise and call council actions.
 */
export async function setupCouncil() {
  const env = setupCloud()
  const profile = (who: string, name: string, communityId = 'jc-xinhua', n = 0) =>
    env.ok(who, 'user', 'updateProfile', {
      name,
      phone: `1390000${String(n).padStart(4, '0')}`,
      communityId,
    })
  await profile('res-a', '王秀兰', 'jc-xinhua', 1)
  await profile('res-b', '李建国', 'jc-xinhua', 2)
  await profile('res-c', '赵敏', 'jc-xinhua', 3)
  await profile('res-far', '钱多多', 'jy-longxing', 4)
  await env.ok('staff', 'user', 'bindRole', { inviteCode: 'JC-STAFF-2026' })
  await env.ok('staff2', 'user', 'bindRole', { inviteCode: 'JC-STAFF-2026' })
  await env.ok('staff-far', 'user', 'bindRole', { inviteCode: 'JY-STAFF-2026' })
  await env.ok('adviser', 'user', 'bindRole', { inviteCode: 'XH-ADVISER-2026' })
  await env.ok('adviser-far', 'user', 'bindRole', { inviteCode: 'JY-ADVISER-2026' })
  let n = 0
  const raise = (extra: Record<string, unknown> = {}, who = 'res-a') =>
    env.ok(who, 'council', 'raise', {
      title: '小区停车难的问题怎么解决',
      description: '晚上七点以后小区里基本找不到车位',
      category: 'parking',
      requestId: `raise-${++n}-request`,
      ...extra,
    })
  /** `count` more residents of 新华社区, named res-1 … res-<count>. */
  const residents = async (count: number, communityId = 'jc-xinhua') => {
    const ids: string[] = []
    for (let i = 1; i <= count; i += 1) {
      await profile(`res-${i}`, `居民${'甲乙丙丁戊己庚辛壬癸'[i % 10]}`, communityId, 100 + i)
      ids.push(`res-${i}`)
    }
    return ids
  }
  const code = async (who: string, action: string, data: Record<string, unknown>) => {
    const result = await env.call(who, 'council', action, data)
    return result.ok ? 'OK' : result.error.code
  }
  return { ...env, raise, residents, code }
}
