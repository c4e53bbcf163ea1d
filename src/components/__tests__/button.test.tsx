import { render } from '@tarojs/test-utils-react/dist/pure'
import { Button } from '@/components/button'
import { Stepper } from '@/components/stepper'
import { tap } from '@test/dom'

const button = (container: Element) => container.querySelector('.btn') as HTMLElement

test('should render an enabled button without any disabled attribute, and tap through', () => {
  const onClick = jest.fn()
  const { container } = render(
    <Button className="btn btn--ghost" disabled={false} onClick={onClick}>
      不予受理
    </Button>,
    {},
  )
  expect(button(container).hasAttribute('disabled')).toBe(false)
  expect(button(container).getAttribute('aria-disabled')).toBeNull()
  expect(button(container).className).not.toContain('btn--disabled')
  expect(button(container).textContent).toBe('不予受理')
  tap(button(container))
  expect(onClick).toHaveBeenCalledTimes(1)
})

test('should mark a disabled or loading button without the attribute, and swallow its taps', () => {
  const onClick = jest.fn()
  const { container } = render(
    <Button className="btn btn--primary" disabled onClick={onClick}>
      立即报名
    </Button>,
    {},
  )
  expect(button(container).hasAttribute('disabled')).toBe(false)
  expect(button(container).getAttribute('aria-disabled')).toBe('true')
  expect(button(container).className).toContain('btn--disabled')
  tap(button(container))
  expect(onClick).not.toHaveBeenCalled()

  const loading = render(
    <Button className="btn btn--primary" loading onClick={onClick}>
      提交
    </Button>,
    {},
  )
  tap(button(loading.container))
  expect(onClick).not.toHaveBeenCalled()
})

test('should stop a stepper at its limits however often a sign is tapped', () => {
  let value = 3
  const onChange = jest.fn((v: number) => (value = v))
  const { container, rerender } = render(
    <Stepper label="人数" value={value} min={1} max={4} onChange={onChange} testId="n" />,
    {},
  )
  const plus = () => container.querySelector('[data-step="1"]') as HTMLElement
  const minus = () => container.querySelector('[data-step="-1"]') as HTMLElement
  tap(plus())
  expect(value).toBe(4)
  rerender(<Stepper label="人数" value={value} min={1} max={4} onChange={onChange} testId="n" />)
  expect(plus().getAttribute('aria-disabled')).toBe('true')
  expect(plus().textContent).toBe('+')
  tap(plus())
  expect(onChange).toHaveBeenCalledTimes(1)
  expect(container.querySelector('[data-testid="n"]')?.textContent).toBe('4')
  expect(minus().getAttribute('aria-disabled')).toBeNull()
})
