import { call } from '@/lib/cloud'

export const fetchNewsPage = (cursor?: string, street?: string) =>
  call('news', 'list', { cursor, street, limit: 6 })
export const fetchNewsDetail = (id: string) => call('news', 'detail', { id }, { expected: ['NOT_FOUND'] })
