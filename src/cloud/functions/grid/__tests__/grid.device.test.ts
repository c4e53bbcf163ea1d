/** The on-device store's keys (no PostgreSQL counterpart: jest leaves *.device.test.ts out of npm run test:pg). */
import { storedText } from '../../../__tests__/harness'
import { PNG, setupGrid } from './setup'

test('should keep photos out of the tickets collection', async () => {
  const { report, storage } = await setupGrid()
  await report({ photos: [PNG, PNG] })
  expect(storedText(storage, 'tickets')).not.toContain(PNG)
  expect(storedText(storage, 'ticketPhotos')).toContain(PNG)
})
