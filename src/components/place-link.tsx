import { Text, View } from '@tarojs/components'
import type { Place } from '@/contract/place'
import { openPlace } from '@/lib/location'
import './place-link.scss'

/** A place's name and address; tapping it opens the map. */
export function PlaceLink({ place }: { place: Place }) {
  return (
    <View className="place-link" data-testid="place-link" onClick={() => openPlace(place)}>
      <View className="place-link__text">
        <Text className="place-link__name fs-md">{place.name}</Text>
        <Text className="muted fs-sm">{place.address}</Text>
      </View>
      <Text className="place-link__go fs-sm">地图 ›</Text>
    </View>
  )
}
