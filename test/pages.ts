import * as taroModule from '@tarojs/taro'
import { render } from '@tarojs/test-utils-react/dist/pure'
import { useSession } from '@/features/session/store'
import { switchIdentity } from '@/lib/demo'

/**
 * Pages rendered as the app would open them, in a test file: `open(<Page />, params)` mounts a page
 * with those route params and a session to load afresh; `as(who)` makes the next page the demo
 * identity `who`'s. Every page is unmounted after each test (call once, at the top of the file).
 */
export function pageHarness() {
  const mounted: (() => void)[] = []
  afterEach(() => {
    mounted.splice(0).forEach((unmount) => unmount())
    jest.restoreAllMocks()
  })

  function open(page: JSX.Element, params: Record<string, string> = {}): HTMLElement {
    useSession.setState({ status: 'idle', view: null })
    jest.spyOn(taroModule, 'useRouter').mockReturnValue({ params } as never)
    const view = render(page, {})
    mounted.push(view.unmount)
    return view.container as HTMLElement
  }

  function as(who: string): void {
    mounted.splice(0).forEach((unmount) => unmount())
    switchIdentity(who)
  }

  return { open, as }
}

/** The text of the element with this `data-testid` ('' when there is none). */
export const textOf = (container: Element, testid: string): string =>
  container.querySelector(`[data-testid="${testid}"]`)?.textContent ?? ''
