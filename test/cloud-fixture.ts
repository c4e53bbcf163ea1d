import { createMemoryStorage, createMockCloud, type KeyValueStorage, type MockCloud } from '@/cloud/index'
import { setCloud } from '@/lib/cloud'
import { demoNow, setBaseClock, switchIdentity } from '@/lib/demo'

export const FIXED_NOW = Date.parse('2026-11-26T10:00:00+08:00')

/** A seeded in-memory cloud behind the app's client, acting as `openid`; app and cloud share the one demo clock, fixed at `now`. */
export function setupCloud(
  openid = 'demo-resident-a',
  now = FIXED_NOW,
  storage: KeyValueStorage = createMemoryStorage(),
) {
  setBaseClock(() => now)
  const cloud: MockCloud = createMockCloud({ storage, now: demoNow })
  setCloud(cloud)
  switchIdentity(openid)
  const as = <T>(who: string, name: string, data: Record<string, unknown>) =>
    cloud
      .callFunction({ name, data: data as { action: string } }, { openid: who })
      .then((r) => (r.result.ok ? (r.result.data as T) : Promise.reject(r.result.error)))
  return { cloud, now, as }
}

/** What the cloud answered, as one line: 'accepted', or the error's code and its message. */
export const answerOf = (call: Promise<unknown>): Promise<string> =>
  call.then(
    () => 'accepted',
    (error: { code: string; message: string }) => `${error.code} ${error.message}`,
  )
