import { Text, View } from '@tarojs/components'
import type { Ticket } from '@/contract/grid'
import { formatRelative } from '@/lib/time'
import { StatusTag } from './status-tag'
import './grid.scss'

export function TicketCard({ ticket, now, onOpen }: { ticket: Ticket; now: number; onOpen: () => void }) {
  return (
    <View className={`card ticket-card ${ticket.overdue ? 'ticket-card--overdue' : ''}`} onClick={onOpen}>
      <View className="ticket__title">
        <Text className="fs-md ticket__category">{ticket.categoryName}</Text>
        <StatusTag status={ticket.status} overdue={ticket.overdue} />
      </View>
      <Text className="fs-md ticket-card__desc">{ticket.description}</Text>
      <View className="ticket-card__meta">
        <Text className="muted fs-sm">{ticket.ticketNo}</Text>
        <Text className="muted fs-sm">{formatRelative(ticket.createdAt, now)}</Text>
      </View>
      {ticket.reporter || ticket.anonymous ? (
        <Text className="muted fs-sm">
          {ticket.anonymous ? '匿名反映' : `反映人 ${ticket.reporter?.nameMasked ?? ''}`} · {ticket.address}
        </Text>
      ) : null}
    </View>
  )
}
