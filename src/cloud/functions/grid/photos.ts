import type { StorageView } from '../../../contract/user'
import { apartKey, utf8Bytes, type SpaceUsage } from '../../db/persistence'
import type { CloudTx, TicketDoc } from '../../db/schema'
import { CloudError } from '../../runtime/errors'

/** Photos (of grid reports and of 居民议事 questions: every collection kept apart) may take at most this much of the device's storage… */
export const PHOTO_BUDGET_BYTES = 2_000_000
/** …and never more than this share of the platform's limit. */
export const PHOTO_BUDGET_SHARE = 0.4
/** From this share of the limit on, `user.storage` warns. */
export const WARN_RATIO = 0.8

const FINISHED: TicketDoc['status'][] = ['closed', 'rejected']

export const photoBudget = (space: SpaceUsage): number =>
  Math.min(PHOTO_BUDGET_BYTES, Math.floor(space.limitBytes * PHOTO_BUDGET_SHARE))

/** What a ticket's (or, in `collection`, a question's) photos will take in storage. */
export const photosBytes = (
  ticketId: string,
  photos: string[],
  collection: 'ticketPhotos' | 'questionPhotos' = 'ticketPhotos',
): number => utf8Bytes(apartKey(collection, ticketId)) + utf8Bytes(JSON.stringify({ _id: ticketId, photos }))

/** Finished reports that still keep photos, the longest finished first, with the bytes each frees. */
export async function finishedWithPhotos(tx: CloudTx, space: SpaceUsage) {
  const stored = space.apart.get('ticketPhotos') ?? new Map<string, number>()
  const found: { id: string; bytes: number; at: number }[] = []
  for (const status of FINISHED) {
    for (const t of await tx.query('tickets', { status })) {
      const bytes = stored.get(t._id)
      if (bytes !== undefined) found.push({ id: t._id, bytes, at: t.timeline.at(-1)?.at ?? t.createdAt })
    }
  }
  return found.sort((a, b) => a.at - b.at || a.id.localeCompare(b.id))
}

/** Removes those photos; returns the bytes freed. */
export async function dropPhotos(tx: CloudTx, list: { id: string; bytes: number }[]): Promise<number> {
  let freed = 0
  for (const { id, bytes } of list) {
    await tx.remove('ticketPhotos', id)
    freed += bytes
  }
  return freed
}

export const PHOTOS_FULL =
  '本机保存照片的空间已满，已办结的反映也没有照片可清理了。请少带几张照片，或不带照片提交。'

/**
 * Makes room for `bytes` of new photos within the photo budget: drops photos of the longest
 * finished reports first; when that is not enough, QUOTA_EXCEEDED (and nothing is dropped).
 */
export async function makeRoomForPhotos(tx: CloudTx, space: SpaceUsage, bytes: number): Promise<void> {
  const budget = photoBudget(space)
  let over = space.apartBytes + bytes - budget
  if (over <= 0) return
  const evict: { id: string; bytes: number }[] = []
  for (const item of await finishedWithPhotos(tx, space)) {
    if (over <= 0) break
    evict.push(item)
    over -= item.bytes
  }
  if (over > 0) throw new CloudError('QUOTA_EXCEEDED', PHOTOS_FULL)
  await dropPhotos(tx, evict)
}

/** The storage view: use, limit, and from 80% on a warning that says what to do. */
export function storageView(space: SpaceUsage, cleanableReports: number, freed = 0): StorageView {
  const usedBytes = Math.max(0, space.usedBytes - freed)
  const photoBytes = Math.max(0, space.apartBytes - freed)
  const ratio = Math.round((usedBytes / space.limitBytes) * 100) / 100
  const view: StorageView = { usedBytes, limitBytes: space.limitBytes, photoBytes, ratio, cleanableReports }
  if (usedBytes >= space.limitBytes * WARN_RATIO) {
    const percent = Math.min(100, Math.floor((usedBytes / space.limitBytes) * 100))
    view.warning =
      cleanableReports > 0
        ? `手机里任城邻里的存储空间已用了 ${percent}%，快满了。可以点「清理已办结反映的照片」腾出空间；满了以后，新的操作将无法保存。`
        : `手机里任城邻里的存储空间已用了 ${percent}%，快满了。满了以后新的操作将无法保存，请少上传照片，并清理手机存储空间。`
  }
  return view
}
