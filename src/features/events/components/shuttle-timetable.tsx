import { useState } from 'react'
import { ScrollView, Text, View } from '@tarojs/components'
import { Button } from '@/components/button'
import type { Booking, Departure } from '@/contract/events'
import { EmptyState, ErrorState, Loading } from '@/components/state-view'
import { demoNow } from '@/lib/demo'
import { openPage } from '@/lib/navigation'
import { chinaTime } from '@/lib/time'
import { bookShuttle, fetchEvent, fetchShuttles } from '../api'
import { chinaDay } from '../format'
import { useAsync } from '../use-async'
import { BookingSheet } from './booking-sheet'
import './events.scss'

interface Props {
  eventId: string
  date?: string
  /** A concert booking to link the seats to ("book the shuttle too"). */
  link?: string
  seats?: number
}

/** The shuttle's departures on one concert day, both ways, with seats left; tap one to book seats. */
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

  return (
    <View className="shuttle">
      <View className="card event-card">
        <Text className="fs-lg event-card__title">{event.data.title} · 免费班车</Text>
        <Text className="muted fs-sm">演出日每小时一班，城区与刘村往返。发车前 30 分钟停止取消。</Text>
        {link ? <Text className="tag shuttle__linked">将与刚才的演出预约关联</Text> : null}
      </View>
      <ScrollView scrollX className="shuttle__days">
        {days.map((d) => (
          <Text
            key={d}
            className={`shuttle__day fs-sm ${d === day ? 'shuttle__day--on' : ''}`}
            onClick={() => setPicked(d)}
          >
            {chinaTime(Date.parse(`${d}T12:00:00+08:00`)).format('M月D日 ddd')}
          </Text>
        ))}
      </ScrollView>
      {done ? (
        <View className="card booked" data-testid="booked">
          <Text className="booked__title fs-lg">班车预约成功</Text>
          <Text className="fs-md">
            {done.title} · {done.seats} 人
          </Text>
          <Text className="fs-md">
            乘车码 <Text className="booked__code">{done.code}</Text>
          </Text>
          <Button
            className="btn btn--ghost booked__mine"
            onClick={() => openPage('/packages/events/mine/index')}
          >
            查看我的预约
          </Button>
        </View>
      ) : null}
      {departures.error && !departures.data ? (
        <ErrorState message={departures.error} onRetry={departures.reload} />
      ) : !departures.data ? (
        <Loading />
      ) : departures.data.length === 0 ? (
        <EmptyState title="这一天没有班车" hint="班车只在演出日运行" />
      ) : (
        departures.data.map((d) => {
          const off = now >= d.departAt ? '已发车' : d.seatsLeft <= 0 ? '已约满' : null
          return (
            <View key={d.id} className={`card departure ${off ? 'session--off' : ''}`} data-departure={d.id}>
              <Text className="departure__time fs-lg">{chinaTime(d.departAt).format('HH:mm')}</Text>
              <View className="session__main">
                <Text className="fs-md">
                  {d.from} → {d.to}
                </Text>
                <Text className={`fs-sm ${off ? 'muted' : 'session__left'}`}>
                  {off ?? `余座 ${d.seatsLeft} / ${d.capacity}`}
                </Text>
              </View>
              <Button
                className="btn btn--ghost btn--small"
                disabled={Boolean(off) || undefined}
                onClick={() => setSheet(d)}
              >
                预约
              </Button>
            </View>
          )
        })
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
