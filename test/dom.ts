import { act, waitFor as taroWaitFor } from '@tarojs/test-utils-react/dist/pure'

/**
 * test-utils-dom 0.1.1's waitFor never retries a callback that threw synchronously (it leaves its
 * status 'pending'), so every check goes through an async wrapper, which it does retry.
 */
export function waitFor<T>(check: () => T | Promise<T>, options: { timeout?: number } = {}): Promise<T> {
  return taroWaitFor(async () => check(), { timeout: options.timeout ?? 3000 })
}

/** Taps a Taro H5 element: Taro's onClick listens to the DOM click event. */
export function tap(el: Element | null | undefined): void {
  if (!el) throw new Error('nothing to tap')
  act(() => {
    el.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }))
  })
}

/** Types into a Taro H5 <Input name=…>: sets the inner input's value and fires its input event. */
export async function typeInto(container: Element, name: string, value: string): Promise<void> {
  const inner = await waitFor(() => {
    const el = container.querySelector(`taro-input-core[name="${name}"] input`) as HTMLInputElement | null
    if (!el) throw new Error(`no input named ${name}`)
    return el
  })
  act(() => {
    inner.value = value
    inner.dispatchEvent(new Event('input', { bubbles: true }))
  })
}

/** Types into a Taro H5 <Textarea name=…>: sets the inner textarea's value and fires its input event. */
export async function typeArea(container: Element, name: string, value: string): Promise<void> {
  const inner = await waitFor(() => {
    const el = container.querySelector(
      `taro-textarea-core[name="${name}"] textarea`,
    ) as HTMLTextAreaElement | null
    if (!el) throw new Error(`no textarea named ${name}`)
    return el
  })
  act(() => {
    inner.value = value
    inner.dispatchEvent(new Event('input', { bubbles: true }))
  })
}

/** The chip (filter or choice) whose whole text is `label`. */
export const chipByText = (container: Element, label: string): Element | undefined =>
  Array.from(container.querySelectorAll('.chip')).find((c) => c.textContent === label)

export function buttonByText(container: Element, text: string): Element {
  const found = Array.from(container.querySelectorAll('taro-button-core')).find(
    (b) => b.textContent?.trim() === text,
  )
  if (!found) throw new Error(`no button "${text}"`)
  return found
}

/** Waits for the inline field message inside `scope()` (re-read on each try) and returns its text. */
export function inlineMessage(scope: () => Element | null | undefined): Promise<string> {
  return waitFor(() => {
    const text = scope()?.querySelector('.field__error')?.textContent
    if (!text) throw new Error('no inline message')
    return text
  })
}
