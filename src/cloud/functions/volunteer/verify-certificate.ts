import * as v from 'valibot'

import { certificateCode } from '../../../contract/schemas/volunteer'
import type { VerifiedCertificate } from '../../../contract/volunteer'
import { defineAction } from '../../runtime/action'
import { CloudError } from '../../runtime/errors'
import { requireStaff } from './activities'
import { formatCertificateCode } from './certificate'

const maskName = (name: string) => name.slice(0, 1) + '*'.repeat(Math.max(1, name.length - 1))

/**
 * `volunteer.verifyCertificate` (any staff member) { code } (hyphens, spaces and case ignored) →
 * `{ code, holderMasked, street, issuedAt, minutes, points, activities }`: what the certificate
 * certified when it was issued, the holder's name masked.
 * Errors: INVALID_ARGUMENT (malformed code), PERMISSION_DENIED (not staff), NOT_FOUND (no such
 * certificate, or its holder has 注销'd).
 */
export const verifyCertificate = defineAction({
  input: v.object({ code: certificateCode }),
  async handler(ctx, { code }): Promise<VerifiedCertificate> {
    await requireStaff(ctx)
    const doc = await ctx.db.get('certificates', code)
    if (!doc) throw new CloudError('NOT_FOUND', '没有这张志愿服务证明，请核对证明编号')
    return {
      code: formatCertificateCode(doc._id),
      holderMasked: maskName(doc.name),
      street: doc.street,
      issuedAt: doc.issuedAt,
      minutes: doc.minutes,
      points: doc.points,
      activities: doc.activities.length,
    }
  },
})
