import { Text, View } from '@tarojs/components'
import './entry-grid.scss'

export interface Entry {
  key: string
  title: string
  subtitle: string
  glyph: string
  onOpen: () => void
}

export function EntryGrid({ entries }: { entries: Entry[] }) {
  return (
    <View className="entry-grid">
      {entries.map((e) => (
        <View key={e.key} className="entry-grid__item" onClick={e.onOpen} data-entry={e.key}>
          <View className={`entry-grid__glyph entry-grid__glyph--${e.key}`}>
            <Text>{e.glyph}</Text>
          </View>
          <Text className="entry-grid__title fs-md">{e.title}</Text>
          <Text className="entry-grid__subtitle muted fs-sm">{e.subtitle}</Text>
        </View>
      ))}
    </View>
  )
}
