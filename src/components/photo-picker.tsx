import { Image, Text, View } from '@tarojs/components'
import { pickPhotos } from '@/lib/media'
import './photo-picker.scss'

type Props = {
  photos: string[]
  onChange: (photos: string[]) => void
  /** How many photos at most. */
  max: number
  /** Each photo's size bound (characters of its data URL in H5), as the cloud checks it. */
  maxChars: number
  /** What the add tile says under its plus sign; default `n/max`. */
  hint?: string
  testId?: string
}

/**
 * Photos to attach (a report, a question, a milestone): thumbnails with a remove corner and an add
 * tile until `max`. Picking compresses to `maxChars` (lib/media).
 */
export function PhotoPicker({ photos, onChange, max, maxChars, hint, testId = 'add-photo' }: Props) {
  const add = async () => {
    const more = await pickPhotos({ count: max - photos.length, maxChars })
    onChange([...photos, ...more].slice(0, max))
  }
  return (
    <View className="photo-picker">
      {photos.map((src, i) => (
        <View key={i} className="photo-picker__cell">
          <Image className="photo-picker__item" src={src} mode="aspectFill" />
          <Text
            className="photo-picker__remove"
            aria-label="删除这张照片"
            onClick={() => onChange(photos.filter((_, j) => j !== i))}
          >
            ×
          </Text>
        </View>
      ))}
      {photos.length < max ? (
        <View className="photo-picker__add" onClick={add} data-testid={testId}>
          <Text className="fs-xl">＋</Text>
          <Text className="fs-sm muted">{hint ?? `${photos.length}/${max}`}</Text>
        </View>
      ) : null}
    </View>
  )
}
