import { useState } from 'react'
import { ScrollView, Text, View } from '@tarojs/components'
import type { Booking, Departure } from '@/contract/events'
import { EmptyState, ErrorState, Loading } from '@/components/state-view'
import { demoNow } from '@/lib/demo'
import { chinaTime } from '@/lib/time'
import { bookShuttle, fetchEvent, fetchShuttles } from '../api'
import { chinaDay, formatSpan } from '../format'
import { useAsync } from '../use-async'
import { BookingSheet } from './booking-sheet'
import { DepartureGroup } from './departure-group'
import './events.scss'

interface Props {
  eventId: string
  date?: string
  /** A concert booking to link the seats to ("book the shuttle too"). */
  link?: string
  seats?: number
}

const GROUPS = [
  ['out', '去程'],
  ['back', '返程'],
] as const

/**
 * The shuttle on one concert day, out and back: first the departures that fit the concert, the
 * others one tap away; tap one to book seats, and the confirmation shows right below it.
 */
export function ShuttleTimetable({ eventId, date, link, seats }: Props) {
  const event = useAsync(() => fetchEvent(eventId), [eventId])
  const today = chinaDay(demoNow())
  const days = [...new Set((event.data?.sessions ?? []).map((s) => chinaDay(s.startAt)))].filter(
    (d) => d >= today,
  )
  const [picked, setPicked] = useState(date)
  const day = picked ?? days[0]
  const departures = useAsync(() => (day ? fetchShuttles(eventId, day) : Promise.resolve([])), [eventId, day])
  const [sheet, setSheet] = useState<Departure | null>(null)
  const [done, setDone] = useState<Booking | null>(null)

  if (event.error && !event.data) return <ErrorState message={event.error} onRetry={event.reload} />
  if (!event.data) return <Loading />
  const now = demoNow()
  const concert = event.data.sessions.find((s) => chinaDay(s.startAt) === day)

  return (
    <View className="shuttle">
      <View className="card event-card">
        <Text className="fs-lg event-card__title">{event.data.title} · 免费班车</Text>
        <Text className="muted fs-sm">演出日每小时一班，城区与刘村往返。发车前 30 分钟停止取消。</Text>
        {concert ? (
          <Text className="fs-md" data-testid="shuttle-concert">
            {concert.title}：{formatSpan(concert.startAt, concert.endAt)}
          </Text>
        ) : null}
        {link ? <Text className="tag shuttle__linked">将与刚才的演出预约关联</Text> : null}
      </View>
      <ScrollView scrollX className="shuttle__days" scrollIntoView={day ? `day-${day}` : undefined}>
        {days.map((d) => (
          <Text
            key={d}
            id={`day-${d}`}
            className={`shuttle__day fs-sm ${d === day ? 'shuttle__day--on' : ''}`}
            onClick={() => {
              setPicked(d)
              setDone(null)
            }}
          >
            {chinaTime(Date.parse(`${d}T12:00:00+08:00`)).format('M月D日 ddd')}
          </Text>
        ))}
      </ScrollView>
      {departures.error && !departures.data ? (
        <ErrorState message={departures.error} onRetry={departures.reload} />
      ) : !departures.data ? (
        <Loading />
      ) : departures.data.length === 0 ? (
        <EmptyState title="这一天没有班车" hint="班车只在演出日运行" />
      ) : (
        GROUPS.map(([dir, label]) => (
          <DepartureGroup
            key={`${day}-${dir}`}
            label={label}
            departures={departures.data!.filter((d) => d.direction === dir)}
            now={now}
            done={done}
            onPick={setSheet}
          />
        ))
      )}
      {sheet ? (
        <BookingSheet
          title={`${chinaTime(sheet.departAt).format('M月D日 HH:mm')} 班车`}
          subtitle={`${sheet.from} → ${sheet.to}`}
          seatsLeft={sheet.seatsLeft}
          initialSeats={seats}
          submit={(input) => bookShuttle({ departureId: sheet.id, linkedBookingId: link, ...input })}
          onClose={() => setSheet(null)}
          onBooked={(booking) => {
            setSheet(null)
            setDone(booking)
            void departures.reload()
          }}
        />
      ) : null}
    </View>
  )
}
