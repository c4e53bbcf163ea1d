/** The demo identities the app's 演示工具 switches between; each is its own openid. */
export const DEMO_IDENTITIES = [
  { openid: 'demo-resident-a', label: '居民 · 王阿姨' },
  { openid: 'demo-resident-b', label: '居民 · 李师傅' },
  { openid: 'demo-staff', label: '社区工作人员' },
  { openid: 'demo-clerk', label: '易捷店员' },
] as const

export type DemoOpenid = (typeof DEMO_IDENTITIES)[number]['openid']

/** Invite codes the demo seed creates; anyone may use them (`user.bindRole`). */
export const DEMO_INVITE_CODES = [
  { code: 'JC-STAFF-2026', role: 'staff', label: '金城街道 新华社区 工作人员' },
  { code: 'YJ-CLERK-2026', role: 'clerk', label: '易捷便利店 新华社区店 店员' },
  { code: 'JY-STAFF-2026', role: 'staff', label: '济阳街道 龙行社区 工作人员' },
  { code: 'GH-CLERK-2026', role: 'clerk', label: '易捷便利店 洸河社区店 店员' },
  { code: 'XH-ADVISER-2026', role: 'adviser', label: '新华社区 议事员 · 民盟' },
  { code: 'JY-ADVISER-2026', role: 'adviser', label: '龙行社区 议事员 · 致公党' },
  { code: 'XH-PROPERTY-2026', role: 'property', label: '新华苑 物业（任城信义物业）' },
  { code: 'XH-EMPLOYER-2026', role: 'employer', label: '新华社区 用工方 · 新华便民维修部' },
] as const

export type DemoInviteCode = (typeof DEMO_INVITE_CODES)[number]['code']
