import { Text, View } from '@tarojs/components'
import { GRADE_NAMES, type Grade } from '@/contract/property'
import { monthName } from '../month'
import './property.scss'

/** The grade as a tag; null is 样本不足 (fewer than 5 scorers). */
export function GradeTag({ grade }: { grade: Grade | null }) {
  return (
    <Text className={`tag pm-grade pm-grade--${grade ?? 'none'}`} data-grade={grade ?? 'none'}>
      {grade ? GRADE_NAMES[grade] : '样本不足'}
    </Text>
  )
}

/** ‹ 2026年10月 › — `max` is the last month one may move to. */
export function MonthSwitch({
  month,
  max,
  onChange,
  prev,
  next,
}: {
  month: string
  max: string
  onChange: (month: string) => void
  prev: string
  next: string
}) {
  const atMax = month >= max
  return (
    <View className="pm-months" data-testid="month-switch">
      <Text className="pm-months__arrow fs-lg" aria-label="上个月" onClick={() => onChange(prev)}>
        ‹
      </Text>
      <Text className="fs-lg pm-strong" data-testid="month">
        {monthName(month)}
      </Text>
      <Text
        className={`pm-months__arrow fs-lg ${atMax ? 'pm-months__arrow--off' : ''}`}
        aria-label="下个月"
        aria-disabled={atMax ? 'true' : undefined}
        onClick={() => (atMax ? undefined : onChange(next))}
      >
        ›
      </Text>
    </View>
  )
}
