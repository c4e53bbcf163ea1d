import { GRID_CATEGORIES } from '../../../contract/grid'
import { reportCommunity, reportInput } from '../../../contract/schemas/grid'
import type { TicketDoc } from '../../db/schema'
import { defineAction } from '../../runtime/action'
import { CloudError } from '../../runtime/errors'
import { parseInput } from '../../runtime/validate'
import { makeRoomForPhotos, photosBytes } from './photos'
import { categoryHours, communityName, ticketView } from './tickets'

/** FNV-1a over the request, to tell a repeat from a different request under the same id. */
function fingerprint(value: unknown): string {
  const s = JSON.stringify(value)
  let h = 0x811c9dc5
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193)
  return (h >>> 0).toString(36) + s.length.toString(36)
}

const chinaDay = (ms: number) => new Date(ms + 8 * 3_600_000).toISOString().slice(0, 10).replace(/-/g, '')

/**
 * `grid.report` { category, communityId? (default: home community), description (5–500), address
 * (2–100), location?, photos? (≤ 3 references: a saved file path, or an image data URL of at most
 * 200,000 characters), anonymous?, phone? (default: the profile's), requestId (8–64) } → Ticket.
 * The ticket number is the China-time date and the day's sequence (`RC20261126-0001`); `dueAt` is
 * the category's hours after submission. An anonymous report stores no contact phone. A repeat of
 * `requestId` by the same caller answers the first ticket. Photos are kept apart from the records
 * within a photo budget on the device (2,000,000 bytes, at most 40% of the storage limit): past
 * it, photos of the longest finished reports (已办结, 不予受理) are dropped first.
 * Errors: INVALID_ARGUMENT (any field; no community; the same requestId with other input),
 * PROFILE_REQUIRED, NOT_FOUND (community), QUOTA_EXCEEDED (no room for the photos even after
 * dropping those of finished reports; nothing is dropped then).
 */
export const report = defineAction({
  input: reportInput,
  async handler(ctx, data) {
    const { db, openid, now } = ctx
    const user = await db.get('users', openid)
    if (!user?.profile) throw new CloudError('PROFILE_REQUIRED')
    const requestKey = `${openid}:${data.requestId}`
    const hash = fingerprint({ ...data, requestId: undefined })
    const [earlier] = await db.query('tickets', { requestKey })
    if (earlier) {
      if (earlier.requestHash !== hash)
        throw new CloudError('INVALID_ARGUMENT', '同一请求编号的内容不一致，请重新提交')
      return ticketView(earlier, await communityName(db, earlier.communityId), now(), { kind: 'reporter' })
    }
    const communityId = parseInput(reportCommunity, data.communityId ?? user.profile.communityId)
    const community = await db.get('communities', communityId)
    if (!community) throw new CloudError('NOT_FOUND', '没有找到这个社区，请重新选择')
    const category = GRID_CATEGORIES.find((c) => c.id === data.category)!
    const at = now()
    const day = chinaDay(at)
    const seq = (await db.query('tickets', { day })).length + 1
    const photos = data.photos ?? []
    const anonymous = data.anonymous ?? false
    const ticket: TicketDoc = {
      _id: `RC${day}-${String(seq).padStart(4, '0')}`,
      reporterId: openid,
      anonymous,
      phone: anonymous ? undefined : (data.phone ?? user.profile.phone),
      requestKey,
      requestHash: hash,
      category: category.id,
      communityId,
      day,
      description: data.description,
      address: data.address,
      location: data.location,
      photoCount: photos.length,
      status: 'submitted',
      createdAt: at,
      dueAt: at + categoryHours(category),
      timeline: [{ at, status: 'submitted', note: `反映${category.name}问题`, actor: 'reporter' }],
      ratings: [],
    }
    if (photos.length > 0) await makeRoomForPhotos(db, ctx.space(), photosBytes(ticket._id, photos))
    await db.insert('tickets', ticket)
    if (photos.length > 0) await db.insert('ticketPhotos', { _id: ticket._id, photos })
    return ticketView(ticket, community.name, at, { kind: 'reporter' }, photos)
  },
})
