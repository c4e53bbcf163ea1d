import type { Certificate } from '../../../contract/volunteer'
import type { CertificateDoc } from '../../db/schema'
import { defineAction } from '../../runtime/action'
import { CloudError } from '../../runtime/errors'
import { emptyInput } from '../../runtime/validate'
import { placeNames, requireProfile } from './activities'
import { completedService } from './service'

const ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ'

/** 12 characters from the cloud's random source: 60 bits, never derived from anything guessable. */
function newCode(random: (size: number) => Uint8Array): string {
  return Array.from(random(12), (b) => ALPHABET[b % 32]).join('')
}

export const formatCertificateCode = (id: string): string => id.match(/.{1,4}/g)?.join('-') ?? id

export const certificateView = (doc: CertificateDoc): Certificate => ({
  code: formatCertificateCode(doc._id),
  name: doc.name,
  street: doc.street,
  issuedAt: doc.issuedAt,
  minutes: doc.minutes,
  points: doc.points,
  activities: doc.activities,
})

/**
 * `volunteer.certificate` {} → Certificate: a 志愿服务证明 of the caller's completed service (name,
 * hours, points, activities, the issuing 街道 — where most service was given — and a code staff can
 * check with `verifyCertificate`). It is recorded; asked again with nothing changed, the same one is
 * answered. Errors: PROFILE_REQUIRED, NOT_FOUND (no completed service yet).
 */
export const certificate = defineAction({
  input: emptyInput,
  async handler(ctx) {
    const user = await requireProfile(ctx)
    const served = await completedService(ctx.db, ctx.openid)
    if (served.length === 0) {
      throw new CloudError('NOT_FOUND', '还没有已完成的志愿服务：完成签到和签退后才能开具证明')
    }
    const names = await placeNames(ctx.db)
    const byStreet = new Map<string, number>()
    for (const { activity, signup } of served) {
      const street = names(activity).street
      byStreet.set(street, (byStreet.get(street) ?? 0) + (signup.minutes ?? 0))
    }
    const street = [...byStreet.entries()].sort((a, b) => b[1] - a[1])[0][0]
    const draft = {
      openid: ctx.openid,
      name: user.profile?.name ?? '',
      street,
      minutes: served.reduce((sum, s) => sum + (s.signup.minutes ?? 0), 0),
      points: served.reduce((sum, s) => sum + (s.signup.pointsAwarded ?? 0), 0),
      activities: served.map(({ activity, signup }) => ({
        title: activity.title,
        startAt: activity.startAt,
        minutes: signup.minutes ?? 0,
      })),
    }
    const issued = await ctx.db.query('certificates', { openid: ctx.openid })
    const latest = issued.sort((a, b) => b.issuedAt - a.issuedAt)[0]
    const same = (doc: CertificateDoc) =>
      JSON.stringify([doc.name, doc.street, doc.minutes, doc.points, doc.activities]) ===
      JSON.stringify([draft.name, draft.street, draft.minutes, draft.points, draft.activities])
    if (latest && same(latest)) return certificateView(latest)
    let code = newCode(ctx.random)
    while (await ctx.db.get('certificates', code)) code = newCode(ctx.random)
    const doc: CertificateDoc = { _id: code, issuedAt: ctx.now(), ...draft }
    await ctx.db.insert('certificates', doc)
    return certificateView(doc)
  },
})
