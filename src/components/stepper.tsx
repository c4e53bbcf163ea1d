import { Text, View } from '@tarojs/components'
import './stepper.scss'

/** A whole number between `min` and `max`: the signs are drawn buttons that stop at the limits. */
export function Stepper({
  label,
  value,
  min,
  max,
  onChange,
  testId,
}: {
  label: string
  value: number
  min: number
  max: number
  onChange: (value: number) => void
  testId?: string
}) {
  const step = (d: number) => {
    const next = Math.min(Math.max(value + d, min), max)
    if (next !== value) onChange(next)
  }
  const sign = (d: number, text: string, off: boolean) => (
    <View
      className={`stepper__btn ${off ? 'stepper__btn--off' : ''}`}
      data-step={String(d)}
      aria-disabled={off ? 'true' : undefined}
      aria-label={d < 0 ? `减少${label}` : `增加${label}`}
      onClick={() => step(d)}
    >
      <Text className="fs-lg">{text}</Text>
    </View>
  )
  return (
    <View className="stepper">
      <Text className="fs-md">{label}</Text>
      <View className="stepper__ctl">
        {sign(-1, '-', value <= min)}
        <Text className="stepper__num fs-lg" data-testid={testId}>
          {value}
        </Text>
        {sign(1, '+', value >= max)}
      </View>
    </View>
  )
}
