import { Text } from '@tarojs/components'
import { STATUS_NAMES, type TicketStatus } from '@/contract/grid'
import './status-tag.scss'

export function StatusTag({ status, overdue }: { status: TicketStatus; overdue?: boolean }) {
  return (
    <Text className={`tag grid-tag grid-tag--${overdue ? 'overdue' : status}`}>
      {overdue ? `${STATUS_NAMES[status]} · 已超时` : STATUS_NAMES[status]}
    </Text>
  )
}
