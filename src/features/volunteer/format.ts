import type { ActivityStatus, SignupStatus } from '@/contract/volunteer'
import { chinaTime } from '@/lib/time'

export const STATUS_LABEL: Record<ActivityStatus, string> = {
  open: '报名中',
  ongoing: '进行中',
  ended: '已结束',
  cancelled: '已取消',
}

export const SIGNUP_LABEL: Record<SignupStatus, string> = {
  signed: '已报名',
  cancelled: '已取消报名',
  checkedIn: '已签到',
  completed: '已完成',
}

/** 11月26日 周三 14:00–16:00 (an activity spanning days shows both dates). */
export function timeRange(startAt: number, endAt: number): string {
  const start = chinaTime(startAt)
  const end = chinaTime(endAt)
  const sameDay = start.format('YYYYMMDD') === end.format('YYYYMMDD')
  return `${start.format('M月D日 ddd HH:mm')}–${end.format(sameDay ? 'HH:mm' : 'M月D日 HH:mm')}`
}

export const hours = (minutes: number): string => `${Math.round((minutes / 60) * 10) / 10} 小时`
