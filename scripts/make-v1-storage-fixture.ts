/**
 * Writes src/cloud/db/__tests__/fixtures/v1-storage.json: what a device holds in the v1 storage
 * layout (one key per collection, `linli:v1:<name>`, plus `linli:meta`) after a short demo day.
 *
 * It RAN AGAINST THE V1 CODE AT COMMIT ccc881a (main at 3177ff7, same storage code); the fixture
 * is the committed output and must not be regenerated with later code, whose layout differs.
 *
 *   npx esbuild scripts/make-v1-storage-fixture.ts --bundle --platform=node --outfile=/tmp/fixture.js && node /tmp/fixture.js
 */
import { writeFileSync } from 'node:fs'
import { createMemoryStorage, createMockCloud } from '../src/cloud'

const START = Date.UTC(2026, 6, 20, 1, 30)
/** A tiny 1×1 PNG, as H5 hands a picked photo to `grid.report`. */
const PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=='

async function main() {
  const storage = createMemoryStorage()
  let counter = 0
  const random = (size: number) =>
    Uint8Array.from({ length: size }, () => (counter = (counter * 31 + 7) % 256))
  const cloud = createMockCloud({ storage, now: () => START, random })
  const call = async (openid: string, name: string, action: string, data: Record<string, unknown> = {}) => {
    const { result } = await cloud.callFunction({ name, data: { ...data, action } }, { openid })
    if (!result.ok) throw new Error(`${name}.${action}: ${JSON.stringify(result)}`)
    return result.data as Record<string, unknown>
  }
  const A = 'demo-resident-a'
  await call(A, 'user', 'updateProfile', { name: '王秀兰', phone: '13912345678', communityId: 'jc-xinhua' })
  const list = (await call(A, 'volunteer', 'list', {})) as { items: { id: string; title: string }[] }
  let signedUp = ''
  for (const activity of list.items) {
    const { result } = await cloud.callFunction(
      { name: 'volunteer', data: { action: 'signUp', activityId: activity.id } },
      { openid: A },
    )
    if (result.ok) {
      signedUp = activity.id
      break
    }
  }
  if (!signedUp) throw new Error('no activity to sign up for')
  await call(A, 'shop', 'redeem', { goodsId: 'goods-01', quantity: 1, requestId: 'fixture-redeem-1' })
  await call(A, 'grid', 'report', {
    category: 'sanitation',
    description: '楼下垃圾桶满了三天没人清运',
    address: '新华社区 3 号楼东侧',
    photos: [PNG],
    requestId: 'fixture-report-1',
  })
  const data = Object.fromEntries(
    storage
      .keys()
      .sort()
      .map((key) => [key, storage.getItem(key)]),
  )
  const out = 'src/cloud/db/__tests__/fixtures/v1-storage.json'
  writeFileSync(out, `${JSON.stringify(data, null, 2)}\n`)
  console.log(`wrote ${out}: ${Object.keys(data).length} keys, signed up for ${signedUp}`)
}

void main()
