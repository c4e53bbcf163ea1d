import type { PropsWithChildren } from 'react'
import { Text, View } from '@tarojs/components'
import './bottom-sheet.scss'

/** A sheet over a dimmed page; tapping the dimmed part closes it. */
export function BottomSheet({
  title,
  onClose,
  children,
}: PropsWithChildren<{ title: string; onClose: () => void }>) {
  return (
    <View className="sheet-mask" onClick={onClose}>
      <View className="sheet" onClick={(e) => e.stopPropagation()}>
        <Text className="sheet__title fs-lg">{title}</Text>
        {children}
      </View>
    </View>
  )
}
