import { act } from '@tarojs/test-utils-react/dist/pure'
import type * as Zustand from 'zustand'

export * from 'zustand'

const actual = jest.requireActual<typeof Zustand>('zustand')

const resets = new Set<() => void>()

function track<S>(creator: Zustand.StateCreator<S>) {
  const store = actual.create(creator)
  const initial = store.getInitialState()
  resets.add(() => store.setState(initial, true))
  return store
}

/** zustand's own testing recipe: every store goes back to its initial state after each test. */
export const create = (<S>(creator?: Zustand.StateCreator<S>) =>
  creator ? track(creator) : (c: Zustand.StateCreator<S>) => track(c)) as typeof actual.create

afterEach(() => {
  act(() => resets.forEach((reset) => reset()))
})
