import dayjs from 'dayjs'
import 'dayjs/locale/zh-cn'
import relativeTime from 'dayjs/plugin/relativeTime'
import utc from 'dayjs/plugin/utc'

dayjs.extend(utc)
dayjs.extend(relativeTime)
dayjs.locale('zh-cn')

const CHINA_OFFSET_MINUTES = 8 * 60

/** Times are shown in China time (UTC+8) whatever the device's zone. */
export function chinaTime(ms: number): dayjs.Dayjs {
  return dayjs(ms).utcOffset(CHINA_OFFSET_MINUTES)
}

export function formatDateTime(ms: number): string {
  return chinaTime(ms).format('YYYY年M月D日 HH:mm')
}

export function formatDate(ms: number): string {
  return chinaTime(ms).format('M月D日')
}

/** 刚刚 / 5 分钟前 / 昨天 14:30 / 3月2日 — relative to the given now. */
export function formatRelative(ms: number, now: number): string {
  const diff = now - ms
  if (diff >= 0 && diff < 60_000) return '刚刚'
  if (diff >= 0 && diff < 3_600_000) return `${Math.floor(diff / 60_000)} 分钟前`
  const day = chinaTime(ms).startOf('day')
  const today = chinaTime(now).startOf('day')
  const days = today.diff(day, 'day')
  if (days === 0) return `今天 ${chinaTime(ms).format('HH:mm')}`
  if (days === 1) return `昨天 ${chinaTime(ms).format('HH:mm')}`
  if (chinaTime(ms).year() === chinaTime(now).year()) return chinaTime(ms).format('M月D日 HH:mm')
  return chinaTime(ms).format('YYYY年M月D日')
}
