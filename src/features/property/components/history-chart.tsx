import { Text, View } from '@tarojs/components'
import type { Monthly } from '@/contract/property'
import { monthShort, unscored } from '../month'
import './property.scss'

/** The last months as bars (height = score of 100), drawn with plain Views; tap a bar to pick its month. */
export function HistoryChart({
  months,
  selected,
  onSelect,
}: {
  months: Monthly[]
  selected?: string
  onSelect: (month: string) => void
}) {
  return (
    <View className="pm-chart" data-testid="history-chart">
      {months.map((m) => (
        <View
          key={m.month}
          className={`pm-chart__col ${m.month === selected ? 'pm-chart__col--on' : ''}`}
          data-testid="chart-bar"
          data-month={m.month}
          onClick={() => onSelect(m.month)}
        >
          <Text className="pm-chart__value">{unscored(m) ? '—' : Math.round(m.score)}</Text>
          <View className="pm-chart__track">
            <View
              className={`pm-chart__bar pm-chart__bar--${m.grade ?? 'none'}`}
              style={{ height: unscored(m) ? '0' : `${Math.max(2, m.score)}%` }}
            />
          </View>
          <Text className="pm-chart__label">{monthShort(m.month)}</Text>
        </View>
      ))}
    </View>
  )
}
