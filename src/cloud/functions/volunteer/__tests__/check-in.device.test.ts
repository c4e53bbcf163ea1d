/** The on-device store's keys (no PostgreSQL counterpart: jest leaves *.device.test.ts out of npm run test:pg). */
import { CODE_STEP_MS } from '../../../../contract/volunteer'
import { storedDocs } from '../../../__tests__/harness'
import { setupVolunteer } from './setup'

test('should issue a code for the current 30-second step, valid for it and the next', async () => {
  const { activity, at, code, storage } = await setupVolunteer()
  at(activity.startAt + 7_000)

  const issued = await code('in')

  const step = Math.floor(issued.refreshAt / CODE_STEP_MS) - 1
  expect(issued.refreshAt).toBe((step + 1) * CODE_STEP_MS)
  expect(issued.expiresAt).toBe((step + 2) * CODE_STEP_MS)
  expect(issued.refreshAt).toBeGreaterThan(activity.startAt + 7_000)
  expect(issued.shortCode).toMatch(/^[2-9A-HJ-NP-Z]{8}$/)
  expect(issued.title).toBe(activity.title)
  const secret = storedDocs(storage, 'secrets')[0].key as string
  expect(secret).toMatch(/^[0-9a-f]{64}$/)
  expect(JSON.stringify(issued)).not.toContain(secret)
})
