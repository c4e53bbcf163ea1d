import { demoNow } from '@/lib/demo'

const CHINA_OFFSET = 8 * 3_600_000

/** The China-time calendar month `YYYY-MM` of an instant. */
export const chinaMonth = (ms: number): string => new Date(ms + CHINA_OFFSET).toISOString().slice(0, 7)

export const addMonths = (month: string, n: number): string => {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + n
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`
}

export const currentMonth = (): string => chinaMonth(demoNow())

/** The last month that has ended (the board's and the accounts' default). */
export const lastEndedMonth = (): string => addMonths(currentMonth(), -1)

/**
 * A month nobody scored and nothing was recorded for: its score is only the district mean, so the
 * chart and the month list say 无人评分 instead of drawing it as a score.
 */
export const unscored = (m: { scorers: number; good: number; bad: number; lateTickets: number }): boolean =>
  m.scorers === 0 && m.good === 0 && m.bad === 0 && m.lateTickets === 0

/** 2026-10 → 2026年10月 */
export const monthName = (month: string): string => `${month.slice(0, 4)}年${Number(month.slice(5, 7))}月`

/** 10 → 10月 (the chart's short label) */
export const monthShort = (month: string): string => `${Number(month.slice(5, 7))}月`

/** Fen (分) as yuan with two decimals and thousands separators: 1234567 → 12,345.67 */
export function yuan(fen: number): string {
  const sign = fen < 0 ? '−' : ''
  const abs = Math.abs(Math.round(fen))
  const whole = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  return `${sign}${whole}.${String(abs % 100).padStart(2, '0')}`
}

/** A typed yuan amount (up to 2 decimals) as fen; null when it is not one. */
export function toFen(text: string): number | null {
  const m = /^(\d{1,8})(?:\.(\d{1,2}))?$/.exec(text.trim())
  if (!m) return null
  return Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'))
}
