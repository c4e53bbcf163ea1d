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
