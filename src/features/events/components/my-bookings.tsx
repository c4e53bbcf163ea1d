import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { Button } from '@/components/button'
import type { Booking } from '@/contract/events'
import { ListFooter } from '@/components/list-footer'
import { EmptyState, ErrorState, Loading } from '@/components/state-view'
import { QrCode } from '@/components/qr-code'
import { qrLink } from '@/lib/qr-link'
import { formatDateTime } from '@/lib/time'
import { confirmDialog, showToast } from '@/lib/toast'
import { usePaged } from '@/lib/use-paged'
import { cancelBooking, fetchMyBookings } from '../api'
import { formatSpan } from '../format'
import './events.scss'

const STATUS = { booked: '待使用', used: '已核验', cancelled: '已取消' }

/** My bookings, newest first: the entry code as QR and digits, and cancel with the linked-shuttle prompt. */
export function MyBookings() {
  const list = usePaged(fetchMyBookings)
  const [busy, setBusy] = useState<string | null>(null)

  const cancel = async (b: Booking) => {
    if (!(await confirmDialog('取消预约', `确定取消「${b.title}」的预约吗？`, '取消预约', '再想想'))) return
    const linked = list.items.filter((x) => x.linkedBookingId === b.id && x.status === 'booked')
    const withLinked =
      linked.length > 0 &&
      (await confirmDialog(
        '关联的班车座位',
        `这场预约关联了 ${linked.length} 个班车预约，是否一并取消、释放座位？`,
        '一并释放',
        '保留班车',
      ))
    setBusy(b.id)
    try {
      const result = await cancelBooking(b.id, withLinked)
      const released = result.linked.filter((x) => x.status === 'cancelled').length
      showToast(released > 0 ? `已取消，并释放 ${released} 个班车预约` : '已取消预约', 'success')
      await list.refresh()
    } catch {
      // the client has shown the reason
    } finally {
      setBusy(null)
    }
  }

  if (list.status === 'loading') return <Loading />
  if (list.status === 'error') return <ErrorState message={list.error ?? ''} onRetry={list.refresh} />
  if (list.items.length === 0) return <EmptyState title="还没有预约" hint="去活动列表看看近期活动吧" />
  return (
    <View>
      {list.items.map((b) => (
        <View key={b.id} className={`card my-booking my-booking--${b.status}`} data-booking={b.id}>
          <View className="my-booking__head">
            <Text className="tag">{b.type === 'shuttle' ? '班车' : '活动'}</Text>
            <Text className={`fs-sm my-booking__status--${b.status}`}>{STATUS[b.status]}</Text>
          </View>
          <Text className="event-card__title fs-lg">{b.eventTitle}</Text>
          <Text className="fs-md">
            {b.title} · {b.seats} 人
          </Text>
          <Text className="muted fs-sm">{formatSpan(b.startAt)}</Text>
          {b.status === 'booked' ? (
            <View className="my-booking__code">
              <QrCode text={qrLink('booking', b.code)} size={320} />
              <Text className="booked__code fs-xl" data-code={b.code}>
                {b.code}
              </Text>
              <Text className="muted fs-sm">入场或上车时出示给工作人员核验</Text>
              <Button
                className="btn btn--ghost btn--small"
                loading={busy === b.id || undefined}
                disabled={busy !== null || undefined}
                onClick={() => void cancel(b)}
              >
                取消预约
              </Button>
            </View>
          ) : (
            <Text className="muted fs-sm">
              {b.status === 'used' && b.usedAt ? `${formatDateTime(b.usedAt)} 核验` : ''}
              {b.status === 'cancelled' && b.cancelledAt ? `${formatDateTime(b.cancelledAt)} 取消` : ''}
            </Text>
          )}
        </View>
      ))}
      <ListFooter list={list} more="查看更多" end="没有更多了" />
    </View>
  )
}
