import type { PropsWithChildren } from 'react'
import { Text } from '@tarojs/components'

export function Chip({ on, onClick, children }: PropsWithChildren<{ on: boolean; onClick?: () => void }>) {
  return (
    <Text className={`chip fs-sm ${on ? 'chip--on' : ''}`} onClick={onClick}>
      {children}
    </Text>
  )
}

/** One chip per option, the one equal to `value` on; the caller lays them out. */
export function FilterChips<V>({
  options,
  value,
  onChange,
}: {
  options: readonly (readonly [V, string])[]
  value: V
  onChange: (value: V) => void
}) {
  return (
    <>
      {options.map(([option, label]) => (
        <Chip key={label} on={option === value} onClick={() => onChange(option)}>
          {label}
        </Chip>
      ))}
    </>
  )
}
