import { Text, View } from '@tarojs/components'
import { Button } from '@/components/button'
import './state-view.scss'

export function Loading({ text = '加载中…' }: { text?: string }) {
  return (
    <View className="state-view" aria-busy>
      <View className="state-view__spinner" />
      <Text className="state-view__text fs-md">{text}</Text>
    </View>
  )
}

export function EmptyState({ title, hint }: { title: string; hint?: string }) {
  return (
    <View className="state-view">
      <View className="state-view__icon">∅</View>
      <Text className="state-view__text fs-md">{title}</Text>
      {hint ? <Text className="state-view__hint fs-sm">{hint}</Text> : null}
    </View>
  )
}

export function ErrorState({ message, onRetry }: { message: string; onRetry?: () => void }) {
  return (
    <View className="state-view state-view--error">
      <Text className="state-view__text fs-md">{message}</Text>
      {onRetry ? (
        <Button className="btn btn--ghost state-view__retry" onClick={onRetry}>
          重试
        </Button>
      ) : null}
    </View>
  )
}
