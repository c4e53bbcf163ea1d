import { useEffect, useState } from 'react'
import { Text, View } from '@tarojs/components'
import type { EventSummary } from '@/contract/events'
import { openPage } from '@/lib/navigation'
import { formatRelative } from '@/lib/time'
import { demoNow } from '@/lib/demo'
import { fetchEvents } from '../fetch-events'
import './upcoming-events.scss'

/** 首页: the events that still have a session to book, soonest first. Stays silent on failure. */
export function UpcomingEvents() {
  const [items, setItems] = useState<EventSummary[] | null>(null)
  useEffect(() => {
    fetchEvents().then(
      (list) => setItems(list.filter((e) => e.nextStartAt !== null).slice(0, 4)),
      () => setItems([]),
    )
  }, [])
  if (!items?.length) return null
  return (
    <>
      <Text className="section-title fs-lg">近期活动</Text>
      <View className="card upcoming">
        {items.map((e) => (
          <View
            key={e.id}
            className="upcoming__item"
            onClick={() => openPage(`/packages/events/detail/index?id=${e.id}`)}
          >
            <Text className="upcoming__title fs-md">{e.title}</Text>
            <Text className="muted fs-sm">{formatRelative(e.nextStartAt ?? 0, demoNow())} 开始</Text>
          </View>
        ))}
      </View>
    </>
  )
}
