import type { AdvanceInput, QueueInput, ReportInput } from '@/contract/grid'
import { call } from '@/lib/cloud'

export const fetchCategories = () => call('grid', 'categories', {})
export const submitReport = (input: ReportInput) =>
  call('grid', 'report', input, { expected: ['INVALID_ARGUMENT', 'PROFILE_REQUIRED'] })
export const fetchMyTickets = (cursor?: string) => call('grid', 'mine', { cursor, limit: 20 })
export const fetchTicket = (ticketNo: string) =>
  call('grid', 'detail', { ticketNo }, { expected: ['NOT_FOUND', 'PERMISSION_DENIED'] })
export const rateTicket = (ticketNo: string, score: number, comment?: string) =>
  call('grid', 'rate', { ticketNo, score, comment }, { expected: ['CONFLICT', 'INVALID_ARGUMENT'] })
export const fetchQueue = (query: QueueInput) => call('grid', 'queue', { limit: 20, ...query })
export const advanceTicket = (input: AdvanceInput) =>
  call('grid', 'advance', input, { expected: ['CONFLICT', 'INVALID_ARGUMENT'] })
