import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { Button } from '@/components/button'
import type { Booking, Departure } from '@/contract/events'
import { openPage } from '@/lib/navigation'
import { chinaTime } from '@/lib/time'
import { useScrollTo } from '@/lib/use-scroll-to'

interface Props {
  label: string
  departures: Departure[]
  now: number
  /** The booking just made: its card shows right below the departure that was tapped. */
  done: Booking | null
  onPick: (d: Departure) => void
}

const hhmm = (ms: number) => chinaTime(ms).format('HH:mm')
const rowId = (d: Departure) => `dep-${d.direction}-${hhmm(d.departAt).replace(':', '')}`

/** One direction of a concert day: the departures that fit the concert first, the others behind a toggle. */
export function DepartureGroup({ label, departures, now, done, onPick }: Props) {
  const [all, setAll] = useState(false)
  const booked = departures.find((d) => d.id === done?.departureId)
  useScrollTo(booked && done ? `${rowId(booked)}-${done.id}` : null)
  if (departures.length === 0) return null
  const fitting = departures.filter((d) => d.fits)
  const folded = fitting.length > 0 ? departures.filter((d) => !d.fits) : []
  const shown = all || folded.length === 0 ? departures : fitting
  const { from, to, direction } = departures[0]
  return (
    <View className="departure-group" data-direction={direction}>
      <Text className="section-title fs-lg">
        {label} · {from} → {to}
      </Text>
      {folded.length > 0 ? (
        <Text className="departure-group__toggle fs-md" onClick={() => setAll(!all)}>
          {all
            ? '只看赶得上演出的班次'
            : `${direction === 'out' ? '更早' : '提前返回'}的 ${folded.length} 班（${hhmm(folded[0].departAt)}–${hhmm(folded[folded.length - 1].departAt)}）›`}
        </Text>
      ) : null}
      {shown.map((d) => {
        const off = now >= d.departAt ? '已发车' : d.seatsLeft <= 0 ? '已约满' : null
        return (
          <View key={d.id}>
            <View
              id={done?.departureId === d.id ? `${rowId(d)}-${done.id}` : rowId(d)}
              className={`card departure ${off ? 'session--off' : ''}`}
              data-departure={d.id}
            >
              <Text className="departure__time fs-lg">{hhmm(d.departAt)}</Text>
              <View className="session__main">
                {d.fits ? (
                  <Text className="tag departure__fits">
                    {direction === 'out' ? '赶得上开场' : '散场后返回'}
                  </Text>
                ) : null}
                <Text className={`fs-sm ${off ? 'muted' : 'session__left'}`}>
                  {off ?? `余座 ${d.seatsLeft} / ${d.capacity}`}
                </Text>
              </View>
              <Button
                className="btn btn--ghost btn--small"
                disabled={Boolean(off) || undefined}
                onClick={() => onPick(d)}
              >
                预约
              </Button>
            </View>
            {done?.departureId === d.id ? (
              <View className="card booked" data-testid="booked">
                <Text className="booked__title fs-lg">班车预约成功</Text>
                <Text className="fs-md">
                  {hhmm(d.departAt)} {done.title} · {done.seats} 人
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
          </View>
        )
      })}
    </View>
  )
}
