import type { ActivityInput, CheckKind, VolunteerListInput } from '@/contract/volunteer'
import { call } from '@/lib/cloud'

export const fetchActivities = (filter: VolunteerListInput, cursor?: string) =>
  call('volunteer', 'list', { ...filter, cursor, limit: 10 })
export const fetchStreets = () => call('user', 'communities', {})
export const fetchActivity = (activityId: string) =>
  call('volunteer', 'detail', { activityId }, { expected: ['NOT_FOUND'] })
export const signUp = (activityId: string) =>
  call('volunteer', 'signUp', { activityId }, { expected: ['PROFILE_REQUIRED'] })
export const cancelSignup = (activityId: string) => call('volunteer', 'cancel', { activityId })
export const fetchMine = (cursor?: string) => call('volunteer', 'mine', { cursor, limit: 10 })
export const checkIn = (code: string) =>
  call(
    'volunteer',
    'checkIn',
    { code },
    {
      expected: [
        'INVALID_ARGUMENT',
        'EXPIRED',
        'CONFLICT',
        'PERMISSION_DENIED',
        'WINDOW_CLOSED',
        'PROFILE_REQUIRED',
      ],
    },
  )
export const publish = (input: ActivityInput, activityId?: string) =>
  activityId
    ? call('volunteer', 'update', { ...input, activityId }, { expected: ['INVALID_ARGUMENT'] })
    : call('volunteer', 'create', input, { expected: ['INVALID_ARGUMENT'] })
export const cancelActivity = (activityId: string) => call('volunteer', 'cancelActivity', { activityId })
export const issueCode = (activityId: string, kind: CheckKind) =>
  call('volunteer', 'issueCode', { activityId, kind }, { expected: ['WINDOW_CLOSED'] })
export const fetchRoster = (activityId: string) => call('volunteer', 'roster', { activityId })
export const manualCheck = (signupId: string, kind: CheckKind) =>
  call('volunteer', 'manualCheck', { signupId, kind })
export const fetchCertificate = () =>
  call('volunteer', 'certificate', {}, { expected: ['NOT_FOUND', 'PROFILE_REQUIRED'] })
export const verifyCertificate = (code: string) =>
  call('volunteer', 'verifyCertificate', { code }, { expected: ['INVALID_ARGUMENT', 'NOT_FOUND'] })
