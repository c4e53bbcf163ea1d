import type { ScoreItems } from '../../../../contract/property'
import { setupCloud } from '../../../__tests__/harness'

/** 2026-07-20 09:30 China time (the harness's START): July is the running month, June has ended. */
export const at = (iso: string): number => Date.parse(`${iso}+08:00`)

export const items = (cleaning: number, order: number, repair: number, greening: number, openness: number) =>
  ({ cleaning, order, repair, greening, openness }) satisfies ScoreItems

export const all = (n: number): ScoreItems => items(n, n, n, n, n)

export const code = (result: { ok: boolean; error?: { code: string } }): string =>
  result.ok ? 'OK' : (result.error?.code ?? '?')

let phones = 0
/** A fresh mainland mobile for each resident the tests create. */
const phone = () => `139${String(10_000_000 + ++phones).slice(-8)}`

/**
 * The seeded district (任城信义物业 co-xinyi serves 新华苑 in 新华社区; 龙泽物业 co-longze serves
 * 龙行家园 in 龙行社区), residents of both, the 物业 of co-xinyi (XH-PROPERTY-2026) and staff of
 * 新华社区 and 龙行社区.
 */
export async function setupProperty() {
  const env = setupCloud()
  const resident = async (openid: string, estateId = 'est-xinhuayuan', name = '王秀兰') => {
    await env.ok(openid, 'user', 'updateProfile', { name, phone: phone(), estateId })
    return openid
  }
  await resident('res-a')
  await resident('res-b', 'est-xinhuayuan', '李建国')
  await resident('res-far', 'est-longxing', '赵明')
  await env.ok('wuye', 'user', 'bindRole', { inviteCode: 'XH-PROPERTY-2026' })
  await env.ok('staff', 'user', 'bindRole', { inviteCode: 'JC-STAFF-2026' })
  await env.ok('staff-2', 'user', 'bindRole', { inviteCode: 'JC-STAFF-2026' })
  await env.ok('staff-far', 'user', 'bindRole', { inviteCode: 'JY-STAFF-2026' })
  const score = (openid: string, companyId: string, scores: ScoreItems, comment?: string) =>
    env.call(openid, 'property', 'score', { companyId, items: scores, ...(comment ? { comment } : {}) })
  return { ...env, resident, score }
}
