import { GRID_CATEGORIES, type Ticket } from '../../../contract/grid'
import { reportCommunity, reportInput } from '../../../contract/schemas/grid'
import type { TicketDoc } from '../../db/schema'
import { defineAction } from '../../runtime/action'
import { CloudError } from '../../runtime/errors'
import { parseInput } from '../../runtime/validate'
import { makeRoomForPhotos, photosBytes } from './photos'
import { categoryHours, ticketView } from './tickets'

const chinaDay = (ms: number) => new Date(ms + 8 * 3_600_000).toISOString().slice(0, 10).replace(/-/g, '')

/**
 * `grid.report` { category, communityId? (default: home community), estateId? (小区; default: the
 * reporter's when it lies in the community — 物业红黑榜 counts late 物业服务 reports by it), description (5–500), address
 * (2–100), location?, photos? (≤ 3 references: a saved file path, or an image data URL of at most
 * 200,000 characters), anonymous?, phone? (default: the profile's), requestId (8–64) } → Ticket.
 * The ticket number is the China-time date and the day's sequence (`RC20261126-0001`); `dueAt` is
 * the category's hours after submission. An anonymous report stores no contact phone. Idempotent on
 * `requestId` per caller (runtime/idempotency.ts): a repeat answers the first ticket exactly as first
 * answered (still `submitted`, even once accepted) and files nothing; the record keeps the ticket
 * without its photos and takes them back from `ticketPhotos`. Photos are kept apart from the
 * records within a photo budget on the device (2,000,000 bytes, at most 40% of the storage limit):
 * past it, photos of the longest finished reports (已办结, 不予受理) are dropped first (a repeat of
 * such a report then answers without them).
 * Errors: INVALID_ARGUMENT (any field; no community; the same requestId with other input),
 * PROFILE_REQUIRED, NOT_FOUND (community, 小区), INVALID_ARGUMENT (a 小区 of another community), QUOTA_EXCEEDED (no room for the photos even after
 * dropping those of finished reports; nothing is dropped then).
 */
export const report = defineAction({
  input: reportInput,
  idempotent: {
    keep: ({ photos: _photos, ...rest }: Ticket) => rest,
    async restore(tx, kept): Promise<Ticket> {
      const ticket = kept as Omit<Ticket, 'photos'>
      if (ticket.photoCount === 0) return ticket
      return { ...ticket, photos: (await tx.get('ticketPhotos', ticket.ticketNo))?.photos ?? [] }
    },
  },
  async handler(ctx, data): Promise<Ticket> {
    const { db, openid, now } = ctx
    const user = await db.get('users', openid)
    if (!user?.profile) throw new CloudError('PROFILE_REQUIRED')
    const communityId = parseInput(reportCommunity, data.communityId ?? user.profile.communityId)
    const community = await db.get('communities', communityId)
    if (!community) throw new CloudError('NOT_FOUND', '没有找到这个社区，请重新选择')
    const estate = data.estateId ? await db.get('estates', data.estateId) : null
    if (data.estateId && !estate) throw new CloudError('NOT_FOUND', '没有找到这个小区，请重新选择')
    if (estate && estate.communityId !== communityId)
      throw new CloudError('INVALID_ARGUMENT', '所选小区不在该社区')
    const own = user.profile.estateId && (await db.get('estates', user.profile.estateId))
    const estateId = estate?._id ?? (own && own.communityId === communityId ? own._id : undefined)
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
      ...(estateId ? { estateId } : {}),
    }
    if (photos.length > 0) await makeRoomForPhotos(db, ctx.space(), photosBytes(ticket._id, photos))
    await db.insert('tickets', ticket)
    if (photos.length > 0) await db.insert('ticketPhotos', { _id: ticket._id, photos })
    return ticketView(ticket, community.name, at, { kind: 'reporter' }, photos)
  },
})
