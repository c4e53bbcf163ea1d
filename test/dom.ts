import { fireEvent, waitFor } from '@tarojs/test-utils-react/dist/pure'

/** Types into a Taro H5 <Input name=…>: sets the inner input's value and fires its input event. */
export async function typeInto(container: HTMLElement, name: string, value: string): Promise<void> {
  const inner = await waitFor(() => {
    const el = container.querySelector(`taro-input-core[name="${name}"] input`) as HTMLInputElement | null
    if (!el) throw new Error(`no input named ${name}`)
    return el
  })
  inner.value = value
  fireEvent.input(inner, { target: { value } })
}

export function buttonByText(container: HTMLElement, text: string): HTMLElement {
  const found = Array.from(container.querySelectorAll('taro-button-core')).find(
    (b) => b.textContent?.trim() === text,
  )
  if (!found) throw new Error(`no button "${text}"`)
  return found as HTMLElement
}
