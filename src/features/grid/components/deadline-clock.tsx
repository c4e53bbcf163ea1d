import { Text, View } from '@tarojs/components'
import type { Ticket } from '@/contract/grid'
import { formatDateTime } from '@/lib/time'

function span(ms: number): string {
  const minutes = Math.floor(ms / 60_000)
  const days = Math.floor(minutes / 1440)
  const hours = Math.floor((minutes % 1440) / 60)
  if (days > 0) return `${days} 天 ${hours} 小时`
  if (hours > 0) return `${hours} 小时 ${minutes % 60} 分`
  return `${Math.max(1, minutes)} 分钟`
}

const FINISHED = ['resolved', 'closed', 'rejected']

/** Time left until the resolve-by time; red once overdue. */
export function DeadlineClock({ ticket, now }: { ticket: Ticket; now: number }) {
  const finished = FINISHED.includes(ticket.status)
  const overdue = !finished && now > ticket.dueAt
  return (
    <View className={`deadline ${overdue ? 'deadline--overdue' : ''}`} data-testid="deadline">
      <Text className="fs-md deadline__main">
        {finished
          ? '处理时限'
          : overdue
            ? `已超时 ${span(now - ticket.dueAt)}`
            : `剩余 ${span(ticket.dueAt - now)}`}
      </Text>
      <Text className="fs-sm deadline__due">应于 {formatDateTime(ticket.dueAt)} 前办结</Text>
    </View>
  )
}
