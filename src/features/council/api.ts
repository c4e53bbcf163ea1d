import type {
  AnswerInput,
  CouncilBoardInput,
  CouncilListInput,
  CouncilRating,
  ProgressInput,
  RaiseInput,
} from '@/contract/council'
import { call } from '@/lib/cloud'

const WRITE = ['INVALID_ARGUMENT', 'CONFLICT', 'PERMISSION_DENIED', 'PROFILE_REQUIRED'] as const

export const fetchQuestions = (query: CouncilListInput) => call('council', 'list', { limit: 20, ...query })
export const fetchSimilar = (title: string, communityId?: string) =>
  call('council', 'similar', { title, communityId }, { expected: ['INVALID_ARGUMENT'] })
export const fetchQuestion = (questionId: string) =>
  call('council', 'detail', { questionId }, { expected: ['NOT_FOUND', 'PERMISSION_DENIED'] })
export const raiseQuestion = (input: RaiseInput) =>
  call('council', 'raise', input, { expected: [...WRITE, 'QUOTA_EXCEEDED'] })
export const supportQuestion = (questionId: string, on: boolean) =>
  call('council', on ? 'support' : 'unsupport', { questionId }, { expected: WRITE })
export const withdrawQuestion = (questionId: string) =>
  call('council', 'withdraw', { questionId }, { expected: WRITE })
export const proposeOn = (questionId: string, text: string) =>
  call('council', 'propose', { questionId, text }, { expected: WRITE })
export const answerQuestion = (input: AnswerInput) => call('council', 'answer', input, { expected: WRITE })
export const addProgress = (input: ProgressInput) => call('council', 'progress', input, { expected: WRITE })
export const rateQuestion = (questionId: string, rating: CouncilRating) =>
  call('council', 'rate', { questionId, rating }, { expected: WRITE })
export const fromTicketRequest = (ticketNo: string, title: string, category: string) =>
  call('council', 'fromTicket', { ticketNo, title, category }, { expected: [...WRITE, 'NOT_FOUND'] })
export const fetchBoard = (input: CouncilBoardInput) => call('council', 'board', input)
