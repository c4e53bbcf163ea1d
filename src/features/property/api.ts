import type { AccountCategory, EnterAccountsInput, RecordKind, ScoreItems } from '@/contract/property'
import { call } from '@/lib/cloud'

const WRITE = [
  'INVALID_ARGUMENT',
  'CONFLICT',
  'PERMISSION_DENIED',
  'PROFILE_REQUIRED',
  'NOT_FOUND',
  'WINDOW_CLOSED',
] as const

export const fetchEstates = () => call('property', 'estates', {})
export const fetchCompanies = () => call('property', 'companies', {})
export const fetchBoard = (month: string, streetId?: string) =>
  call('property', 'board', { month, streetId }, { expected: ['WINDOW_CLOSED', 'NOT_FOUND'] })
export const fetchHistory = (companyId: string) =>
  call('property', 'history', { companyId }, { expected: ['NOT_FOUND'] })
export const fetchMyScore = (companyId: string) =>
  call('property', 'myScore', { companyId }, { expected: ['NOT_FOUND'] })
export const submitScore = (companyId: string, items: ScoreItems, comment?: string) =>
  call('property', 'score', { companyId, items, comment }, { expected: WRITE })
export const addRecord = (companyId: string, kind: RecordKind, points: number, reason: string) =>
  call('property', 'record', { companyId, kind, points, reason }, { expected: WRITE })
export const replyMonth = (month: string, text: string) =>
  call('property', 'reply', { month, text }, { expected: WRITE })
export const fetchAccounts = (estateId: string, month: string) =>
  call('property', 'accounts', { estateId, month }, { expected: ['NOT_FOUND', 'INVALID_ARGUMENT'] })
export const enterAccounts = (input: EnterAccountsInput) =>
  call('property', 'enterAccounts', input, { expected: WRITE })
export const confirmAccounts = (estateId: string, month: string) =>
  call('property', 'confirmAccounts', { estateId, month }, { expected: WRITE })
export const askQuestion = (estateId: string, month: string, category: AccountCategory, text: string) =>
  call('property', 'ask', { estateId, month, category, text }, { expected: WRITE })
export const answerAccountQuestion = (questionId: string, text: string) =>
  call('property', 'answerQuestion', { questionId, text }, { expected: WRITE })
/** The resident's 小区 (its community becomes the home community); returns the new session view. */
export const saveEstate = (estateId: string) =>
  call('user', 'updateProfile', { estateId }, { expected: ['INVALID_ARGUMENT'] })
