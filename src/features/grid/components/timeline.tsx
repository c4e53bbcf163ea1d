import { Text, View } from '@tarojs/components'
import { STATUS_NAMES, type TimelineEntry } from '@/contract/grid'
import { formatDateTime } from '@/lib/time'

/** Every step of a ticket, oldest first: what happened, when, by whom (a role, never a name) and the note. */
export function Timeline({ entries }: { entries: TimelineEntry[] }) {
  return (
    <View className="timeline">
      {entries.map((e, i) => (
        <View
          key={`${e.at}-${i}`}
          className={`timeline__item ${i === entries.length - 1 ? 'timeline__item--last' : ''}`}
        >
          <View className="timeline__dot" />
          <View className="timeline__body">
            <View className="timeline__head">
              <Text className="fs-md timeline__status">{STATUS_NAMES[e.status]}</Text>
              <Text className="muted fs-sm">{e.by}</Text>
            </View>
            <Text className="muted fs-sm">{formatDateTime(e.at)}</Text>
            {e.note ? <Text className="fs-md timeline__note">{e.note}</Text> : null}
          </View>
        </View>
      ))}
    </View>
  )
}
