import { Text, View } from '@tarojs/components'
import type { Balance } from '@/contract/points'
import './balance-card.scss'

export function BalanceCard({ balance }: { balance: Balance | null }) {
  const cell = (label: string, value: number | undefined, key: string) => (
    <View className="balance-card__cell" data-key={key}>
      <Text className="balance-card__num fs-lg">{value ?? '—'}</Text>
      <Text className="balance-card__label fs-sm">{label}</Text>
    </View>
  )
  return (
    <View className="balance-card">
      <Text className="balance-card__caption fs-sm">可用信用积分</Text>
      <Text className="balance-card__available fs-xxl" data-testid="available">
        {balance ? balance.available : '—'}
      </Text>
      <View className="balance-card__row">
        {cell('冻结中', balance?.held, 'held')}
        {cell('累计获得', balance?.earned, 'earned')}
        {cell('累计使用', balance?.spent, 'spent')}
      </View>
    </View>
  )
}
