import type { DemoInviteCode } from '../../contract/demo'
import type { InviteDoc } from '../db/schema'

type Binding = InviteDoc extends infer D ? (D extends InviteDoc ? Omit<D, '_id'> : never) : never

/**
 * Every invite code the seed creates (also listed, with labels, in `DEMO_INVITE_CODES`):
 * - `JC-STAFF-2026` staff of 金城街道 新华社区
 * - `YJ-CLERK-2026` clerk of 易捷便利店 新华社区店
 * - `JY-STAFF-2026` staff of 济阳街道 龙行社区 (another community, for permission checks)
 * - `GH-CLERK-2026` clerk of 易捷便利店 洸河社区店 (another shop, for permission checks)
 * - `XH-ADVISER-2026` / `JY-ADVISER-2026` 社区议事员 (民盟 / 致公党) of 新华社区 / 龙行社区
 * - `XH-PROPERTY-2026` 物业 of 任城信义物业 (co-xinyi), the company serving 新华社区's 新华苑
 * - `XH-EMPLOYER-2026` 用工方 新华便民维修部 (emp-xh-bianmin), an approved shop in 新华社区
 */
export const INVITE_CODES: Record<DemoInviteCode, Binding> = {
  'JC-STAFF-2026': { role: 'staff', communityId: 'jc-xinhua' },
  'YJ-CLERK-2026': { role: 'clerk', shopId: 'shop-yj-xinhua' },
  'JY-STAFF-2026': { role: 'staff', communityId: 'jy-longxing' },
  'GH-CLERK-2026': { role: 'clerk', shopId: 'shop-yj-guanghe' },
  'XH-ADVISER-2026': { role: 'adviser', binding: { communityId: 'jc-xinhua', title: '议事员 · 民盟' } },
  'JY-ADVISER-2026': { role: 'adviser', binding: { communityId: 'jy-longxing', title: '议事员 · 致公党' } },
  'XH-PROPERTY-2026': {
    role: 'property',
    binding: { companyId: 'co-xinyi', company: '任城信义物业服务有限公司' },
  },
  'XH-EMPLOYER-2026': { role: 'employer', binding: { employerId: 'emp-xh-bianmin', name: '新华便民维修部' } },
}

export const SEED_INVITES: InviteDoc[] = Object.entries(INVITE_CODES).map(([code, binding]) => ({
  _id: code,
  ...binding,
}))
