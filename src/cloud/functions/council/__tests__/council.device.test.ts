import { createMemoryStorage, type MemoryStorage } from '../../../index'
import { setupCloud, storedKeys } from '../../../__tests__/harness'
import { PHOTOS_FULL } from '../../grid/photos'

const photo = (n: number, size = 150_000) => `data:image/jpeg;base64,${String(n).repeat(size)}`

function limitedStorage(bytes: number): MemoryStorage {
  return Object.assign(createMemoryStorage(), { limitBytes: () => bytes })
}

test('should count question photos in the device photo budget shared with grid reports', async () => {
  // 1,500,000 bytes of storage: a photo budget of 600,000 bytes, room for three 150,000-character photos and a bit
  const env = setupCloud({ storage: limitedStorage(1_500_000) })
  await env.ok('res-a', 'user', 'updateProfile', {
    name: '王秀兰',
    phone: '13912345678',
    communityId: 'jc-xinhua',
  })
  const raised = await env.call('res-a', 'council', 'raise', {
    title: '小区停车难的问题',
    description: '晚上七点以后小区里基本找不到车位',
    category: 'parking',
    photos: [photo(1), photo(2), photo(3)],
    requestId: 'photo-raise-1',
  })
  expect(raised.ok).toBe(true)
  expect(storedKeys(env.storage, 'questionPhotos')).toHaveLength(1)
  const report = await env.call('res-a', 'grid', 'report', {
    category: 'sanitation',
    description: '楼下垃圾桶满了三天没人清运',
    address: '新华社区 3 号楼东侧',
    photos: [photo(4)],
    requestId: 'photo-report-1',
  })
  expect(report).toEqual({ ok: false, error: { code: 'QUOTA_EXCEEDED', message: PHOTOS_FULL } })
  const second = await env.call('res-a', 'council', 'raise', {
    title: '楼道灯坏了很久',
    description: '三号楼二单元的楼道灯坏了一个月',
    category: 'safety',
    photos: [photo(5)],
    requestId: 'photo-raise-2',
  })
  expect(second).toEqual({ ok: false, error: { code: 'QUOTA_EXCEEDED', message: PHOTOS_FULL } })
})
