import type { CloudTx } from '../../db/schema'
import type { CodeClaim } from './codes'

const same = (a: CodeClaim, b: CodeClaim): boolean =>
  a.activityId === b.activityId && a.kind === b.kind && a.step === b.step

/**
 * Notes that `by` displayed the code of `claim`, in one document per staff member. Steps before
 * the previous one are dropped: a code is accepted only in its own step and the next.
 */
export async function recordIssue(tx: CloudTx, claim: CodeClaim, by: string): Promise<void> {
  const doc = await tx.get('codeIssues', by)
  const kept = (doc?.issued ?? []).filter((e) => e.step >= claim.step - 1)
  if (kept.some((e) => same(e, claim))) return
  await tx.set('codeIssues', {
    _id: by,
    issued: [...kept, { activityId: claim.activityId, kind: claim.kind, step: claim.step }],
  })
}

/** Whether `openid` displayed the code of `claim` (the four-eyes rule of check-in). */
export async function issuedBy(tx: CloudTx, claim: CodeClaim, openid: string): Promise<boolean> {
  const doc = await tx.get('codeIssues', openid)
  return !!doc?.issued.some((e) => same(e, claim))
}

/** 注销: the person's record of displayed codes goes. */
export async function forgetIssues(tx: CloudTx, openid: string): Promise<void> {
  if (await tx.get('codeIssues', openid)) await tx.remove('codeIssues', openid)
}
