import { chinaTime } from '@/lib/time'

/** '7月24日 周五 19:00–20:30' */
export function formatSpan(startAt: number, endAt?: number): string {
  const start = chinaTime(startAt).format('M月D日 ddd HH:mm')
  return endAt === undefined ? start : `${start}–${chinaTime(endAt).format('HH:mm')}`
}

export const chinaDay = (ms: number): string => chinaTime(ms).format('YYYY-MM-DD')
