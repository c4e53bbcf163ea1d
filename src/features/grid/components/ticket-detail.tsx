import { Image, Text, View } from '@tarojs/components'
import type { Ticket } from '@/contract/grid'
import { previewPhotos } from '@/lib/media'
import { openPage } from '@/lib/navigation'
import { formatDateTime } from '@/lib/time'
import { DeadlineClock } from './deadline-clock'
import { StatusTag } from './status-tag'
import { Timeline } from './timeline'
import './grid.scss'

function Row({ label, value }: { label: string; value?: string }) {
  if (!value) return null
  return (
    <View className="ticket__row">
      <Text className="muted fs-sm ticket__label">{label}</Text>
      <Text className="fs-md ticket__value">{value}</Text>
    </View>
  )
}

/** A ticket as its viewer may see it: the problem, the deadline clock and the timeline. */
export function TicketDetail({ ticket, now }: { ticket: Ticket; now: number }) {
  const photos = ticket.photos ?? []
  const who = ticket.anonymous
    ? '匿名反映'
    : ticket.reporter
      ? [ticket.reporter.nameMasked, ticket.reporter.phoneMasked].filter(Boolean).join(' ')
      : ticket.contactMasked
  return (
    <>
      <View className="card ticket">
        <View className="ticket__title">
          <Text className="fs-lg ticket__category">{ticket.categoryName}</Text>
          <StatusTag status={ticket.status} overdue={ticket.overdue} />
        </View>
        <Text className="muted fs-sm">工单号 {ticket.ticketNo}</Text>
        <Text className="fs-md ticket__desc">{ticket.description}</Text>
        {photos.length > 0 ? (
          <View className="photos">
            {photos.map((src, i) => (
              <Image
                key={i}
                className="photos__item"
                src={src}
                mode="aspectFill"
                onClick={() => previewPhotos(photos, src)}
              />
            ))}
          </View>
        ) : null}
        <Row label="地址" value={ticket.address} />
        <Row
          label="位置"
          value={
            ticket.location
              ? `${ticket.location.lat.toFixed(5)}, ${ticket.location.lng.toFixed(5)}`
              : undefined
          }
        />
        <Row label="社区" value={ticket.community} />
        <Row label="反映时间" value={formatDateTime(ticket.createdAt)} />
        <Row label={ticket.reporter || ticket.anonymous ? '反映人' : '联系电话'} value={who} />
        <Row label="承办部门" value={ticket.department} />
        {ticket.questionId ? (
          <View
            className="ticket__row ticket__link"
            data-testid="ticket-question"
            onClick={() => openPage(`/packages/council/question/index?id=${ticket.questionId}`)}
          >
            <Text className="muted fs-sm ticket__label">居民议事</Text>
            <Text className="fs-md ticket__value">已转为居民议事，查看议题 ›</Text>
          </View>
        ) : null}
        {ticket.rating ? (
          <Row
            label="评价"
            value={`${'★'.repeat(ticket.rating.score)}${ticket.rating.comment ? ` ${ticket.rating.comment}` : ''}`}
          />
        ) : null}
      </View>
      <View className="card">
        <DeadlineClock ticket={ticket} now={now} />
      </View>
      <Text className="section-title fs-lg">办理进度</Text>
      <View className="card">
        <Timeline entries={ticket.timeline} />
      </View>
    </>
  )
}
