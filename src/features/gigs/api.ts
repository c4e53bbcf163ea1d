import type {
  ApplyEmployerInput,
  CardInput,
  DecideInput,
  JobListInput,
  PostInput,
  RateInput,
} from '@/contract/gigs'
import { call } from '@/lib/cloud'

const WRITE = [
  'INVALID_ARGUMENT',
  'CONFLICT',
  'PERMISSION_DENIED',
  'PROFILE_REQUIRED',
  'NOT_FOUND',
  'WINDOW_CLOSED',
  'QUOTA_EXCEEDED',
] as const

export const fetchTrades = () => call('gigs', 'trades', {})
export const fetchCommunities = () => call('user', 'communities', {})
export const fetchJobs = (input: JobListInput) =>
  call('gigs', 'list', input, { expected: ['INVALID_ARGUMENT'] })
export const fetchJob = (jobId: string) => call('gigs', 'detail', { jobId }, { expected: ['NOT_FOUND'] })
export const fetchApplicants = (jobId: string) =>
  call('gigs', 'applicants', { jobId }, { expected: ['NOT_FOUND', 'PERMISSION_DENIED'] })
export const fetchMyCard = () => call('gigs', 'myCard', {})
export const saveCard = (input: CardInput) => call('gigs', 'card', input, { expected: WRITE })
export const fetchMine = (cursor?: string) =>
  call('gigs', 'mine', { cursor, limit: 10 }, { expected: ['INVALID_ARGUMENT'] })
export const fetchMyJobs = (cursor?: string) =>
  call('gigs', 'myJobs', { cursor, limit: 10 }, { expected: ['INVALID_ARGUMENT', 'PERMISSION_DENIED'] })
export const fetchMyEmployer = () => call('gigs', 'myEmployer', {})
export const applyEmployer = (input: ApplyEmployerInput) =>
  call('gigs', 'applyEmployer', input, { expected: WRITE })
export const postJob = (input: PostInput) => call('gigs', 'post', input, { expected: WRITE })
export const applyJob = (jobId: string, message?: string) =>
  call('gigs', 'apply', { jobId, message }, { expected: WRITE })
export const withdrawApplication = (applicationId: string) =>
  call('gigs', 'withdraw', { applicationId }, { expected: WRITE })
export const decideApplication = (input: DecideInput) => call('gigs', 'decide', input, { expected: WRITE })
export const completeApplication = (applicationId: string, outcome: 'done' | 'noshow') =>
  call('gigs', 'complete', { applicationId, outcome }, { expected: WRITE })
export const rateApplication = (input: RateInput) => call('gigs', 'rate', input, { expected: WRITE })
export const cancelJob = (jobId: string, reason?: string) =>
  call('gigs', 'cancel', { jobId, reason }, { expected: WRITE })
export const fetchQueue = () => call('gigs', 'queue', {}, { expected: ['PERMISSION_DENIED'] })
export const reviewJob = (jobId: string, approve: boolean, reason?: string) =>
  call('gigs', 'review', { jobId, approve, reason }, { expected: WRITE })
export const approveEmployer = (applicationId: string) =>
  call('gigs', 'approveEmployer', { applicationId }, { expected: WRITE })
export const rejectEmployer = (applicationId: string, reason: string) =>
  call('gigs', 'rejectEmployer', { applicationId, reason }, { expected: WRITE })
