import { createMemoryStorage, createMockCloud, type MockCloud } from '@/cloud/index'
import { setCloud } from '@/lib/cloud'
import { switchIdentity } from '@/lib/demo'

/** A seeded in-memory cloud behind the app's client, at a fixed time, acting as `openid`. */
export function setupCloud(openid = 'demo-resident-a', now = Date.parse('2026-11-26T10:00:00+08:00')) {
  const cloud: MockCloud = createMockCloud({ storage: createMemoryStorage(), now: () => now })
  setCloud(cloud)
  switchIdentity(openid)
  const as = <T>(who: string, name: string, data: Record<string, unknown>) =>
    cloud
      .callFunction({ name, data: data as { action: string } }, { openid: who })
      .then((r) => (r.result.ok ? (r.result.data as T) : Promise.reject(r.result.error)))
  return { cloud, now, as }
}
