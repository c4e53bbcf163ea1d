import {
  EMPLOYER_KINDS,
  PAY_UNITS,
  type ApplicationStatus,
  type EmployerKind,
  type EmployerStatus,
  type JobStatus,
  type Pay,
} from '@/contract/gigs'
import { chinaTime } from '@/lib/time'

const unitName = (unit: Pay['unit']) => PAY_UNITS.find((u) => u.id === unit)?.name ?? unit
const UNIT_WORD: Record<Pay['unit'], string> = { hour: '小时', day: '天', piece: '件' }

/** 60 元/小时 · 160 元/天 · 100 元/件 */
export const payText = (pay: Pay) => `${pay.amount} 元/${UNIT_WORD[pay.unit]}`
export const unitLabel = unitName

/** 12月5日 周六 09:00–11:00 (the end's date too when it is another day). */
export function hoursText(startAt: number, endAt: number): string {
  const s = chinaTime(startAt)
  const e = chinaTime(endAt)
  const day = s.format('M月D日 ddd HH:mm')
  return s.format('YYYY-MM-DD') === e.format('YYYY-MM-DD')
    ? `${day}–${e.format('HH:mm')}`
    : `${day} 至 ${e.format('M月D日 HH:mm')}`
}

export const JOB_STATUS: Record<JobStatus, string> = {
  review: '待审核',
  recruiting: '招募中',
  closed: '已截止',
  rejected: '未通过',
  cancelled: '已取消',
}

export const APPLICATION_STATUS: Record<ApplicationStatus, string> = {
  pending: '待确认',
  accepted: '已录用',
  declined: '未录用',
  withdrawn: '已撤回',
  done: '已完成',
  noshow: '未到岗',
}

export const EMPLOYER_STATUS: Record<EmployerStatus, string> = {
  pending: '审核中',
  approved: '已通过',
  rejected: '未通过',
}

export const kindName = (kind: EmployerKind) => EMPLOYER_KINDS.find((k) => k.id === kind)?.name ?? kind
