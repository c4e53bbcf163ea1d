import type { ComponentProps } from 'react'
import { Button as TaroButton } from '@tarojs/components'

type Props = Omit<ComponentProps<typeof TaroButton>, 'disabled'> & { disabled?: boolean }

/**
 * The app's one button. It never renders a `disabled` attribute: Taro's H5 button styles match
 * `[disabled]` even as `disabled="false"` (dimmed or blank text), its custom element still fires
 * taps when disabled, and WeChat's native disabled colours override ours. A disabled button is
 * `btn--disabled` + `aria-disabled`, and its taps go nowhere.
 */
export function Button({ disabled, loading, className, onClick, children, ...rest }: Props) {
  const off = Boolean(disabled || loading)
  return (
    <TaroButton
      {...rest}
      className={disabled ? `${className ?? ''} btn--disabled` : className}
      aria-disabled={off ? 'true' : undefined}
      loading={loading || undefined}
      onClick={off ? undefined : onClick}
    >
      {children}
    </TaroButton>
  )
}
