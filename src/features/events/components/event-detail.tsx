import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { Button } from '@/components/button'
import { PlaceLink } from '@/components/place-link'
import type { Booking, SessionView } from '@/contract/events'
import { ErrorState, Loading } from '@/components/state-view'
import { demoNow } from '@/lib/demo'
import { openPage } from '@/lib/navigation'
import { bookSession, fetchEvent } from '../api'
import { chinaDay, formatSpan } from '../format'
import { useScrollTo } from '@/lib/use-scroll-to'
import { useAsync } from '../use-async'
import { BookingSheet } from './booking-sheet'
import './events.scss'

function BookedCard({ done, eventId, hasShuttle }: { done: Booking; eventId: string; hasShuttle: boolean }) {
  return (
    <View className="card booked" data-testid="booked">
      <Text className="booked__title fs-lg">预约成功</Text>
      <Text className="fs-md">
        {done.title} · {done.seats} 人
      </Text>
      <Text className="fs-md">
        预约码 <Text className="booked__code">{done.code}</Text>
      </Text>
      {hasShuttle ? (
        <Button
          className="btn btn--primary"
          onClick={() =>
            openPage(
              `/packages/events/shuttle/index?eventId=${eventId}&date=${chinaDay(done.startAt)}&link=${done.id}&seats=${done.seats}`,
            )
          }
        >
          顺便预约班车
        </Button>
      ) : null}
      <Button className="btn btn--ghost booked__mine" onClick={() => openPage('/packages/events/mine/index')}>
        查看我的预约
      </Button>
    </View>
  )
}

function seatState(s: SessionView, now: number): string | null {
  if (now >= s.startAt) return now > s.endAt ? '已结束' : '已开始'
  return s.seatsLeft <= 0 ? '已约满' : null
}

/** The event, its sessions with seats left (full and started ones disabled) and the booking sheet; the confirmation shows below the session booked. */
export function EventDetailView({ id }: { id: string }) {
  const { data, error, reload } = useAsync(() => fetchEvent(id), [id])
  const [picked, setPicked] = useState<SessionView | null>(null)
  const [done, setDone] = useState<Booking | null>(null)
  useScrollTo(done ? `row-${done.sessionId}` : null)
  if (error && !data) return <ErrorState message={error} onRetry={reload} />
  if (!data) return <Loading />
  const now = demoNow()

  return (
    <View className="event-detail">
      <View className="card event-card">
        <Text className="event-card__title fs-xl">{data.title}</Text>
        {data.location ? (
          <PlaceLink place={data.location} />
        ) : (
          <Text className="muted fs-sm">{data.place}</Text>
        )}
        <Text className="event-card__summary fs-md">{data.summary}</Text>
        {data.hasShuttle ? (
          <Text
            className="sheet__link fs-md"
            onClick={() => openPage(`/packages/events/shuttle/index?eventId=${id}`)}
          >
            免费班车时刻表 ›
          </Text>
        ) : null}
      </View>
      <Text className="section-title fs-lg">场次</Text>
      {data.sessions.map((s) => {
        const state = seatState(s, now)
        return (
          <View key={s.id}>
            <View
              id={`row-${s.id}`}
              className={`card session ${state ? 'session--off' : ''}`}
              data-session={s.id}
              aria-disabled={state ? 'true' : undefined}
              onClick={() => (state ? undefined : setPicked(s))}
            >
              <View className="session__main">
                <Text className="fs-md session__title">{s.title}</Text>
                <Text className="muted fs-sm">{formatSpan(s.startAt, s.endAt)}</Text>
                {s.requires ? <Text className="tag">需准考证</Text> : null}
              </View>
              <Text className={`fs-sm ${state ? 'muted' : 'session__left'}`}>
                {state ?? `余 ${s.seatsLeft}`}
              </Text>
            </View>
            {done?.sessionId === s.id ? (
              <BookedCard done={done} eventId={id} hasShuttle={data.hasShuttle} />
            ) : null}
          </View>
        )
      })}
      {picked ? (
        <BookingSheet
          title={`${data.title} · ${picked.title}`}
          subtitle={formatSpan(picked.startAt, picked.endAt)}
          seatsLeft={picked.seatsLeft}
          needsTicket={picked.requires === 'examTicket'}
          submit={(input) => bookSession({ sessionId: picked.id, ...input })}
          onClose={() => setPicked(null)}
          onBooked={(booking) => {
            setPicked(null)
            setDone(booking)
            void reload()
          }}
        />
      ) : null}
    </View>
  )
}
